package org.warledger.projections.operation;

import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.warledger.domain.operation.OperationEvents.OperationEnded;
import org.warledger.domain.operation.OperationEvents.OperationLaunched;
import org.warledger.domain.operation.OperationEvents.StrikeLinkedToOperation;
import org.warledger.projections.support.DocTable;
import org.warledger.projections.support.Jdbc;
import org.warledger.projections.support.KeyedTable;
import org.warledger.projections.support.Positions;

/** Keeps every named operation with the strikes linked to it. */
@ProcessingGroup(OperationViewProjection.GROUP)
public class OperationViewProjection {

    public static final String GROUP = "operations";

    private final DocTable<OperationView> operations;

    public OperationViewProjection(Jdbc jdbc) {
        this.operations = new DocTable<>(jdbc, KeyedTable.of("operation_view", "operation_id",
                List.of("operation_id", "conflict_key", "name", "doc", "last_position")), OperationView.class);
    }

    @EventHandler
    void on(OperationLaunched e, @Timestamp Instant recordedAt, TrackingToken token) {
        OperationView view = new OperationView(e.operationId(), e.conflictKey(), e.name(), e.party(), e.started(), null,
                e.description(), e.source(), List.of(), recordedAt);
        operations.insert(e.operationId(), Positions.of(token), view,
                DocTable.columns("conflict_key", e.conflictKey(), "name", e.name()));
    }

    @EventHandler
    void on(OperationEnded e, TrackingToken token) {
        operations.change(e.operationId(), Positions.of(token), v -> v.withEnded(e.ended()));
    }

    @EventHandler
    void on(StrikeLinkedToOperation e, TrackingToken token) {
        operations.change(e.operationId(), Positions.of(token), v -> v.withStrike(e.strikeId()));
    }

    @ResetHandler
    void reset() {
        operations.requestReset(GROUP);
    }
}
