package org.warledger.projections.ceasefire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireCollapsed;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireEnded;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireEvent;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireRenewed;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireReported;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireViolationAlleged;
import org.warledger.domain.ceasefire.CeasefireStatus;
import org.warledger.domain.common.Lists;

/**
 * A ceasefire with every event of it, in recording order, so its status at any moment follows
 * from {@link CeasefireStatus#statusAt}. Kept per event type so the document needs no type tags.
 */
public record CeasefireView(CeasefireReported reported, List<CeasefireViolationAlleged> violations,
                            List<CeasefireCollapsed> collapses, List<CeasefireEnded> ends,
                            List<CeasefireRenewed> renewals, Instant recordedAt) {

    public CeasefireView {
        violations = Lists.copyOrEmpty(violations);
        collapses = Lists.copyOrEmpty(collapses);
        ends = Lists.copyOrEmpty(ends);
        renewals = Lists.copyOrEmpty(renewals);
    }

    static CeasefireView of(CeasefireReported reported, Instant recordedAt) {
        return new CeasefireView(reported, List.of(), List.of(), List.of(), List.of(), recordedAt);
    }

    /** Every event of the ceasefire. */
    public List<CeasefireEvent> events() {
        List<CeasefireEvent> all = new ArrayList<>();
        all.add(reported);
        all.addAll(violations);
        all.addAll(collapses);
        all.addAll(ends);
        all.addAll(renewals);
        return all;
    }

    /** Its status at {@code at}, from when things happened. */
    public CeasefireStatus.Status statusAt(Instant at) {
        return CeasefireStatus.statusAt(events(), at);
    }

    CeasefireView with(CeasefireEvent event) {
        return new CeasefireView(reported, plus(violations, event, CeasefireViolationAlleged.class),
                plus(collapses, event, CeasefireCollapsed.class), plus(ends, event, CeasefireEnded.class),
                plus(renewals, event, CeasefireRenewed.class), recordedAt);
    }

    private static <T> List<T> plus(List<T> list, CeasefireEvent event, Class<T> type) {
        if (!type.isInstance(event)) {
            return list;
        }
        List<T> out = new ArrayList<>(list);
        out.add(type.cast(event));
        return out;
    }
}
