package org.warledger.projections.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireCollapsed;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireEnded;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireRenewed;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireReported;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireViolationAlleged;
import org.warledger.domain.common.TimeWindow;
import org.warledger.projections.support.Positions;

/**
 * Puts each ceasefire event on the timeline as its own entry, at the time it happened. Later
 * events find the ceasefire's parties on its "reported" entry (same group, same entity, so
 * always handled before them).
 */
@ProcessingGroup(TimelineProjection.GROUP)
public class CeasefireTimelineHandler {

    private final TimelineStore store;

    public CeasefireTimelineHandler(TimelineStore store) {
        this.store = store;
    }

    public static String entryId(String ceasefireId) {
        return "ceasefire:" + ceasefireId;
    }

    @EventHandler
    void on(CeasefireReported e, @Timestamp Instant recordedAt, TrackingToken token) {
        String title = "Ceasefire between " + String.join(" and ", e.parties()) + " reported"
                + (e.mediators().isEmpty() ? "" : " (mediated by " + String.join(", ", e.mediators()) + ")");
        insert(entryId(e.ceasefireId()), e.conflictKey(), e.ceasefireId(), e.agreed(), title, e.terms(), e.parties(),
                recordedAt, token);
    }

    @EventHandler
    void on(CeasefireViolationAlleged e, @Timestamp Instant recordedAt, TrackingToken token) {
        List<String> parties = new ArrayList<>(store.parties(entryId(e.ceasefireId())));
        parties.add(e.against());
        String title = "Ceasefire violation by " + e.against() + " alleged by " + e.allegedBy();
        insert(entryId(e.ceasefireId()) + ":violation:" + e.violationId(), e.conflictKey(), e.ceasefireId(),
                e.occurred(), title, e.description(), parties, recordedAt, token);
    }

    @EventHandler
    void on(CeasefireCollapsed e, @Timestamp Instant recordedAt, TrackingToken token) {
        change(e.ceasefireId(), e.conflictKey(), "collapsed", e.collapsedAt(), "declared by " + e.declaredBy(),
                recordedAt, token);
    }

    @EventHandler
    void on(CeasefireEnded e, @Timestamp Instant recordedAt, TrackingToken token) {
        change(e.ceasefireId(), e.conflictKey(), "ended", e.endedAt(), e.reason(), recordedAt, token);
    }

    @EventHandler
    void on(CeasefireRenewed e, @Timestamp Instant recordedAt, TrackingToken token) {
        change(e.ceasefireId(), e.conflictKey(), "renewed", e.renewedAt(), e.terms(), recordedAt, token);
    }

    /** A collapse, end or renewal: one entry per event (keyed by its position), titled with the parties. */
    private void change(String ceasefireId, String conflictKey, String what, TimeWindow at, String summary,
                        Instant recordedAt, TrackingToken token) {
        List<String> parties = store.parties(entryId(ceasefireId));
        String title = "Ceasefire between " + String.join(" and ", parties) + " " + what;
        insert(entryId(ceasefireId) + ":" + what + ":" + Positions.of(token), conflictKey, ceasefireId, at, title,
                summary, parties, recordedAt, token);
    }

    private void insert(String entryId, String conflictKey, String ceasefireId, TimeWindow at, String title,
                        String summary, List<String> parties, Instant recordedAt, TrackingToken token) {
        Instant sortAt = at.sortKey() != null ? at.sortKey() : recordedAt;
        store.insert(new TimelineEntry(entryId, TimelineKind.CEASEFIRE, conflictKey, ceasefireId, at.start(), at.end(),
                at.precision(), sortAt, null, title, summary, parties, Set.of(), recordedAt, Positions.of(token)));
    }
}
