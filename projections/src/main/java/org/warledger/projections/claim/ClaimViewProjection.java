package org.warledger.projections.claim;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.warledger.domain.claim.ClaimEvents.ClaimAssessed;
import org.warledger.domain.claim.ClaimEvents.ClaimAsserted;
import org.warledger.domain.claim.ClaimEvents.ClaimRetracted;
import org.warledger.domain.claim.ClaimEvents.ClaimRevised;
import org.warledger.domain.claim.Grade;
import org.warledger.projections.support.Jdbc;
import org.warledger.projections.support.Json;
import org.warledger.projections.support.Positions;
import org.warledger.projections.support.RowHistory;

/** Keeps the current state of every claim; writes are guarded by position, so replays never double apply. */
@ProcessingGroup(ClaimViewProjection.GROUP)
public class ClaimViewProjection {

    public static final String GROUP = "claims";

    static final List<String> COLUMNS = List.of("claim_id", "conflict_key", "claimant_key", "subject_party", "category",
            "retracted", "position", "doc", "last_position");

    private final Jdbc jdbc;
    private final RowHistory history;

    public ClaimViewProjection(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.history = new RowHistory(jdbc, "claim_view", "claim_id", COLUMNS);
    }

    @EventHandler
    void on(ClaimAsserted e, @Timestamp Instant recordedAt, TrackingToken token) {
        long position = Positions.of(token);
        ClaimView view = new ClaimView(e.claimId(), e.conflictKey(), e.claimantKey(), e.statedAt(), e.channel(),
                e.citation(), e.originalWords(), e.scope(), e.subjectParty(), e.category(), e.quantity(), 0,
                Grade.UNVERIFIED, false, null, recordedAt, position);
        int inserted = jdbc.update("""
                INSERT INTO claim_view (claim_id, conflict_key, claimant_key, subject_party, category, retracted,
                    position, doc, last_position)
                SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? FROM (VALUES (1)) AS one (x)
                WHERE NOT EXISTS (SELECT 1 FROM claim_view WHERE claim_id = ?)""",
                e.claimId(), e.conflictKey(), e.claimantKey(), e.subjectParty(), e.category().name(), false,
                position, Json.write(view), position, e.claimId());
        if (inserted == 1) {
            history.record(e.claimId(), position, recordedAt);
            e.scope().strikeIds().stream().distinct().forEach(strike -> jdbc.update(
                    "INSERT INTO claim_strike (claim_id, strike_id) VALUES (?, ?)", e.claimId(), strike));
        }
    }

    @EventHandler
    void on(ClaimRetracted e, @Timestamp Instant recordedAt, TrackingToken token) {
        change(e.claimId(), Positions.of(token), recordedAt, v -> v.retracted(e.reason()));
    }

    @EventHandler
    void on(ClaimRevised e, @Timestamp Instant recordedAt, TrackingToken token) {
        change(e.claimId(), Positions.of(token), recordedAt, v -> v.revised(e.quantity(), e.revision()));
    }

    @EventHandler
    void on(ClaimAssessed e, @Timestamp Instant recordedAt, TrackingToken token) {
        change(e.claimId(), Positions.of(token), recordedAt, v -> v.graded(e.grade()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM claim_strike");
        jdbc.update("DELETE FROM claim_view");
        history.deleteAll();
    }

    private void change(String claimId, long position, Instant recordedAt, UnaryOperator<ClaimView> change) {
        ClaimView current = jdbc.queryOne("SELECT doc FROM claim_view WHERE claim_id = ? AND last_position < ?",
                rs -> Json.read(rs.getString(1), ClaimView.class), claimId, position);
        if (current != null) {
            ClaimView next = change.apply(current);
            jdbc.update("""
                    UPDATE claim_view SET doc = ?, retracted = ?, last_position = ?
                    WHERE claim_id = ? AND last_position < ?""",
                    Json.write(next), next.retracted(), position, claimId, position);
            history.record(claimId, position, recordedAt);
        }
    }
}
