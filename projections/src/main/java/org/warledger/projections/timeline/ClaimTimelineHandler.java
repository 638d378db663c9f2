package org.warledger.projections.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.warledger.domain.claim.ClaimEvents.ClaimAssessed;
import org.warledger.domain.claim.ClaimEvents.ClaimAsserted;
import org.warledger.domain.claim.ClaimEvents.ClaimRetracted;
import org.warledger.domain.claim.ClaimEvents.ClaimRevised;
import org.warledger.domain.claim.Grade;
import org.warledger.domain.common.TimeWindow;
import org.warledger.projections.claim.QuantityText;
import org.warledger.projections.support.Positions;

/**
 * Puts claims on the timeline at the moment they were said, and marks them "retracted",
 * "revised" and with their current grade (unverified claims carry no grade mark).
 */
@ProcessingGroup(TimelineProjection.GROUP)
public class ClaimTimelineHandler {

    private final TimelineStore store;

    public ClaimTimelineHandler(TimelineStore store) {
        this.store = store;
    }

    public static String entryId(String claimId) {
        return "claim:" + claimId;
    }

    @EventHandler
    void on(ClaimAsserted e, @Timestamp Instant recordedAt, TrackingToken token) {
        TimeWindow said = TimeWindow.exact(e.statedAt());
        String what = e.subjectParty() + " " + category(e.category().name());
        store.insert(new TimelineEntry(entryId(e.claimId()), TimelineKind.CLAIM, e.conflictKey(), e.claimId(),
                said.start(), said.end(), said.precision(), e.statedAt(), null,
                title(e.claimantKey(), what, QuantityText.words(e.quantity())),
                e.originalWords(), List.of(e.subjectParty()), Set.of(), recordedAt, Positions.of(token)));
    }

    @EventHandler
    void on(ClaimRetracted e, @Timestamp Instant recordedAt, TrackingToken token) {
        store.update(entryId(e.claimId()), Positions.of(token), recordedAt, c -> c.mark("retracted"));
    }

    @EventHandler
    void on(ClaimRevised e, @Timestamp Instant recordedAt, TrackingToken token) {
        store.update(entryId(e.claimId()), Positions.of(token), recordedAt, c -> c.mark("revised")
                .title(c.title.substring(0, c.title.lastIndexOf(": ") + 2) + QuantityText.words(e.quantity())));
    }

    @EventHandler
    void on(ClaimAssessed e, @Timestamp Instant recordedAt, TrackingToken token) {
        store.update(entryId(e.claimId()), Positions.of(token), recordedAt, c -> {
            for (Grade g : Grade.values()) {
                c.marks().remove(mark(g));
            }
            if (e.grade() != Grade.UNVERIFIED) {
                c.mark(mark(e.grade()));
            }
        });
    }

    private static String title(String claimant, String what, String figure) {
        return claimant + " claims " + what + ": " + figure;
    }

    private static String mark(Grade g) {
        return g.name().toLowerCase(Locale.ROOT);
    }

    private static String category(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
