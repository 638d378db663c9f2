package org.warledger.projections.strike;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.warledger.domain.strike.StrikeEvents.StrikeLocationCorrected;
import org.warledger.domain.strike.StrikeEvents.StrikeOutcomeRecorded;
import org.warledger.domain.strike.StrikeEvents.StrikeRecorded;
import org.warledger.domain.strike.StrikeEvents.StrikeTimeCorrected;
import org.warledger.projections.support.Jdbc;
import org.warledger.projections.support.Json;
import org.warledger.projections.support.Positions;

/** Keeps the current state of every strike, for lookups by id and by operation. */
@ProcessingGroup(StrikeViewProjection.GROUP)
public class StrikeViewProjection {

    public static final String GROUP = "strikes";

    private final Jdbc jdbc;

    public StrikeViewProjection(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(StrikeRecorded e, @Timestamp Instant recordedAt, TrackingToken token) {
        StrikeView view = new StrikeView(e.strikeId(), e.conflictKey(), e.attacker(), e.methods(),
                e.targetDescription(), e.location(), e.occurred(), e.operation(), e.source(), List.of(), 0, recordedAt);
        long position = Positions.of(token);
        jdbc.update("""
                INSERT INTO strike_view (strike_id, conflict_key, operation, doc, last_position)
                SELECT ?, ?, ?, ?, ? FROM (VALUES (1)) AS one (x)
                WHERE NOT EXISTS (SELECT 1 FROM strike_view WHERE strike_id = ?)""",
                e.strikeId(), e.conflictKey(), e.operation(), Json.write(view), position, e.strikeId());
    }

    @EventHandler
    void on(StrikeLocationCorrected e, TrackingToken token) {
        change(e.strikeId(), Positions.of(token), v -> v.withLocation(e.location()));
    }

    @EventHandler
    void on(StrikeTimeCorrected e, TrackingToken token) {
        change(e.strikeId(), Positions.of(token), v -> v.withOccurred(e.occurred()));
    }

    @EventHandler
    void on(StrikeOutcomeRecorded e, TrackingToken token) {
        change(e.strikeId(), Positions.of(token), v -> v.withOutcome(e.outcome()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM strike_view");
    }

    /** The strike's current state, or null if no such strike is known. */
    public StrikeView find(String strikeId) {
        return jdbc.queryOne("SELECT doc FROM strike_view WHERE strike_id = ?",
                rs -> Json.read(rs.getString(1), StrikeView.class), strikeId);
    }

    private void change(String strikeId, long position, UnaryOperator<StrikeView> change) {
        StrikeView current = jdbc.queryOne("SELECT doc FROM strike_view WHERE strike_id = ? AND last_position < ?",
                rs -> Json.read(rs.getString(1), StrikeView.class), strikeId, position);
        if (current != null) {
            jdbc.update("UPDATE strike_view SET doc = ?, last_position = ? WHERE strike_id = ? AND last_position < ?",
                    Json.write(change.apply(current)), position, strikeId, position);
        }
    }
}
