package org.warledger.projections.operation;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.warledger.domain.operation.OperationEvents.OperationEnded;
import org.warledger.domain.operation.OperationEvents.OperationLaunched;
import org.warledger.domain.operation.OperationEvents.StrikeLinkedToOperation;
import org.warledger.projections.support.Jdbc;
import org.warledger.projections.support.Json;
import org.warledger.projections.support.Positions;

/** Keeps every named operation with the strikes linked to it. */
@ProcessingGroup(OperationViewProjection.GROUP)
public class OperationViewProjection {

    public static final String GROUP = "operations";

    private final Jdbc jdbc;

    public OperationViewProjection(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OperationLaunched e, @Timestamp Instant recordedAt, TrackingToken token) {
        OperationView view = new OperationView(e.operationId(), e.conflictKey(), e.name(), e.party(), e.started(), null,
                e.description(), e.source(), List.of(), recordedAt);
        long position = Positions.of(token);
        jdbc.update("""
                INSERT INTO operation_view (operation_id, conflict_key, name, doc, last_position)
                SELECT ?, ?, ?, ?, ? FROM (VALUES (1)) AS one (x)
                WHERE NOT EXISTS (SELECT 1 FROM operation_view WHERE operation_id = ?)""",
                e.operationId(), e.conflictKey(), e.name(), Json.write(view), position, e.operationId());
    }

    @EventHandler
    void on(OperationEnded e, TrackingToken token) {
        change(e.operationId(), Positions.of(token), v -> v.withEnded(e.ended()));
    }

    @EventHandler
    void on(StrikeLinkedToOperation e, TrackingToken token) {
        change(e.operationId(), Positions.of(token), v -> v.withStrike(e.strikeId()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM operation_view");
    }

    private void change(String operationId, long position, UnaryOperator<OperationView> change) {
        OperationView current = jdbc.queryOne(
                "SELECT doc FROM operation_view WHERE operation_id = ? AND last_position < ?",
                rs -> Json.read(rs.getString(1), OperationView.class), operationId, position);
        if (current != null) {
            jdbc.update("UPDATE operation_view SET doc = ?, last_position = ? WHERE operation_id = ? AND last_position < ?",
                    Json.write(change.apply(current)), position, operationId, position);
        }
    }
}
