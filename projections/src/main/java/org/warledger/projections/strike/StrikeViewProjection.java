package org.warledger.projections.strike;

import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.warledger.domain.strike.StrikeEvents.StrikeLocationCorrected;
import org.warledger.domain.strike.StrikeEvents.StrikeOutcomeRecorded;
import org.warledger.domain.strike.StrikeEvents.StrikeRecorded;
import org.warledger.domain.strike.StrikeEvents.StrikeTimeCorrected;
import org.warledger.projections.support.DocTable;
import org.warledger.projections.support.Jdbc;
import org.warledger.projections.support.KeyedTable;
import org.warledger.projections.support.Positions;

/** Keeps the current state of every strike, for lookups by id and by operation. */
@ProcessingGroup(StrikeViewProjection.GROUP)
public class StrikeViewProjection {

    public static final String GROUP = "strikes";

    private final DocTable<StrikeView> strikes;

    public StrikeViewProjection(Jdbc jdbc) {
        this.strikes = new DocTable<>(jdbc, KeyedTable.of("strike_view", "strike_id",
                List.of("strike_id", "conflict_key", "operation", "doc", "last_position")), StrikeView.class);
    }

    @EventHandler
    void on(StrikeRecorded e, @Timestamp Instant recordedAt, TrackingToken token) {
        StrikeView view = new StrikeView(e.strikeId(), e.conflictKey(), e.attacker(), e.methods(),
                e.targetDescription(), e.location(), e.occurred(), e.operation(), e.source(), List.of(), 0, recordedAt);
        strikes.insert(e.strikeId(), Positions.of(token), view,
                DocTable.columns("conflict_key", e.conflictKey(), "operation", e.operation()));
    }

    @EventHandler
    void on(StrikeLocationCorrected e, TrackingToken token) {
        strikes.change(e.strikeId(), Positions.of(token), v -> v.withLocation(e.location()));
    }

    @EventHandler
    void on(StrikeTimeCorrected e, TrackingToken token) {
        strikes.change(e.strikeId(), Positions.of(token), v -> v.withOccurred(e.occurred()));
    }

    @EventHandler
    void on(StrikeOutcomeRecorded e, TrackingToken token) {
        strikes.change(e.strikeId(), Positions.of(token), v -> v.withOutcome(e.outcome()));
    }

    @ResetHandler
    void reset() {
        strikes.requestReset(GROUP);
    }

    /** The strike's current state, or null if no such strike is known. */
    public StrikeView find(String strikeId) {
        return strikes.find(strikeId);
    }
}
