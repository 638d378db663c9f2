package org.warledger.projections.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.warledger.domain.statement.StatementEvents.StatementRecorded;
import org.warledger.projections.support.Positions;

/** Puts statements on the timeline: who spoke, for whom, and the stances in the title. */
@ProcessingGroup(TimelineProjection.GROUP)
public class StatementTimelineHandler {

    private final TimelineStore store;

    public StatementTimelineHandler(TimelineStore store) {
        this.store = store;
    }

    public static String entryId(String statementId) {
        return "statement:" + statementId;
    }

    @EventHandler
    void on(StatementRecorded e, @Timestamp Instant recordedAt, TrackingToken token) {
        Instant sortAt = e.madeAt().sortKey() != null ? e.madeAt().sortKey() : recordedAt;
        String stances = e.stances().stream().map(s -> s.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "));
        String who = e.speaker().equals(e.speaksFor()) ? e.speaksFor() : e.speaksFor() + " (" + e.speaker() + ")";
        store.insert(new TimelineEntry(entryId(e.statementId()), TimelineKind.STATEMENT, e.conflictKey(),
                e.statementId(), e.madeAt().start(), e.madeAt().end(), e.madeAt().precision(), sortAt, null,
                who + ": " + stances, e.summary(), List.of(e.speaksFor()), Set.of(), recordedAt, Positions.of(token)));
    }
}
