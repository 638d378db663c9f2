package org.warledger.projections.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.warledger.domain.common.TimeWindow;
import org.warledger.domain.operation.OperationEvents.OperationEnded;
import org.warledger.domain.operation.OperationEvents.OperationLaunched;
import org.warledger.projections.support.Positions;

/** Puts the launch and the end of named operations on the timeline, each its own entry. */
@ProcessingGroup(TimelineProjection.GROUP)
public class OperationTimelineHandler {

    private final TimelineStore store;

    public OperationTimelineHandler(TimelineStore store) {
        this.store = store;
    }

    public static String entryId(String operationId) {
        return "operation:" + operationId;
    }

    @EventHandler
    void on(OperationLaunched e, @Timestamp Instant recordedAt, TrackingToken token) {
        insert(entryId(e.operationId()), e.conflictKey(), e.operationId(), e.started(),
                e.party() + " launches operation " + e.name(), e.description(), List.of(e.party()), recordedAt, token);
    }

    @EventHandler
    void on(OperationEnded e, @Timestamp Instant recordedAt, TrackingToken token) {
        // name and party are null in events stored before they were added: fall back to the launch entry
        List<String> parties = e.party() != null ? List.of(e.party()) : store.parties(entryId(e.operationId()));
        String title = String.join(", ", parties) + " operation " + (e.name() != null ? e.name() : e.operationId())
                + " ended";
        insert(entryId(e.operationId()) + ":ended", e.conflictKey(), e.operationId(), e.ended(), title, null, parties,
                recordedAt, token);
    }

    private void insert(String entryId, String conflictKey, String operationId, TimeWindow at, String title,
                        String summary, List<String> parties, Instant recordedAt, TrackingToken token) {
        Instant sortAt = at.sortKey() != null ? at.sortKey() : recordedAt;
        store.insert(new TimelineEntry(entryId, TimelineKind.OPERATION, conflictKey, operationId, at.start(), at.end(),
                at.precision(), sortAt, null, title, summary, parties, Set.of(), recordedAt, Positions.of(token)));
    }
}
