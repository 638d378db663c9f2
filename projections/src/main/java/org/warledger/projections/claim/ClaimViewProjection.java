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
import org.warledger.projections.support.DocTable;
import org.warledger.projections.support.Jdbc;
import org.warledger.projections.support.Positions;
import org.warledger.projections.support.KeyedTable;
import org.warledger.projections.support.ReadModelResets;
import org.warledger.projections.support.WriteBehind;

/** Keeps the current state of every claim; writes are guarded by position, so replays never double apply. */
@ProcessingGroup(ClaimViewProjection.GROUP)
public class ClaimViewProjection {

    public static final String GROUP = "claims";

    static final List<String> COLUMNS = List.of("claim_id", "conflict_key", "claimant_key", "subject_party", "category",
            "retracted", "position", "doc", "last_position");

    private final Jdbc jdbc;
    private final DocTable<ClaimView> claims;

    public ClaimViewProjection(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.claims = new DocTable<>(jdbc, KeyedTable.withHistory("claim_view", "claim_id", COLUMNS), ClaimView.class);
    }

    @EventHandler
    void on(ClaimAsserted e, @Timestamp Instant recordedAt, TrackingToken token) {
        long position = Positions.of(token);
        ClaimView view = new ClaimView(e.claimId(), e.conflictKey(), e.claimantKey(), e.statedAt(), e.channel(),
                e.citation(), e.originalWords(), e.scope(), e.subjectParty(), e.category(), e.quantity(), 0,
                Grade.UNVERIFIED, false, null, recordedAt, position);
        List<Object[]> strikes = e.scope().strikeIds().stream().distinct()
                .map(strike -> new Object[] {e.claimId(), strike}).toList();
        claims.insert(e.claimId(), position, recordedAt, view, DocTable.columns(
                "conflict_key", e.conflictKey(), "claimant_key", e.claimantKey(), "subject_party", e.subjectParty(),
                "category", e.category().name(), "retracted", false, "position", position),
                new WriteBehind.Children("INSERT INTO claim_strike (claim_id, strike_id) VALUES (?, ?)", strikes));
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
        ReadModelResets.request(jdbc, GROUP, List.of("claim_strike"));
        claims.requestReset(GROUP);
    }

    private void change(String claimId, long position, Instant recordedAt, UnaryOperator<ClaimView> change) {
        claims.change(claimId, position, recordedAt, change, v -> DocTable.columns("retracted", v.retracted()));
    }
}
