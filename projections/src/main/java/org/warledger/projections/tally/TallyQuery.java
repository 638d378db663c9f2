package org.warledger.projections.tally;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warledger.projections.claim.ClaimQuery;
import org.warledger.projections.claim.ClaimView;
import org.warledger.projections.support.Jdbc;

/**
 * Computes a tally from the read models: the conflict's claims from {@code claim_view}, and
 * which strikes belong to which operation from {@code strike_view}, handed to the pure
 * {@link TallyCalculator}.
 */
public class TallyQuery {

    private final Jdbc jdbc;
    private final ClaimQuery claims;

    public TallyQuery(Jdbc jdbc, ClaimQuery claims) {
        this.jdbc = jdbc;
        this.claims = claims;
    }

    public List<TallyRow> tally(String conflictKey, TallyOptions options) {
        return tally(conflictKey, options, null);
    }

    /**
     * The tally as recorded by {@code recordedBy} (null: now): only claims, revisions, retractions
     * and assessments recorded by then count. Operation membership is taken as known now.
     */
    public List<TallyRow> tally(String conflictKey, TallyOptions options, Instant recordedBy) {
        return tally(conflictKey, claims.forTally(conflictKey, options.party(), options.category(), recordedBy), options);
    }

    /** The tally of the given claims of one conflict (e.g. those about one operation). */
    public List<TallyRow> tally(String conflictKey, List<ClaimView> views, TallyOptions options) {
        Map<String, String> operationOf = new HashMap<>();
        Map<String, Set<String>> strikesOf = new HashMap<>();
        jdbc.query("SELECT strike_id, operation FROM strike_view WHERE conflict_key = ? AND operation IS NOT NULL",
                rs -> {
                    operationOf.put(rs.getString(1), rs.getString(2));
                    strikesOf.computeIfAbsent(rs.getString(2), k -> new HashSet<>()).add(rs.getString(1));
                    return null;
                }, conflictKey);
        List<TallyClaim> input = views.stream().map(v -> toTally(v, operationOf, strikesOf)).toList();
        return TallyCalculator.tally(input, options);
    }

    /** A claim about strikes that all belong to one operation is about part of that operation. */
    private static TallyClaim toTally(ClaimView v, Map<String, String> operationOf, Map<String, Set<String>> strikesOf) {
        String operation = v.scope().operation();
        if (operation == null && !v.scope().strikeIds().isEmpty()) {
            Set<String> ops = new HashSet<>();
            v.scope().strikeIds().forEach(s -> ops.add(operationOf.get(s)));
            operation = ops.size() == 1 ? ops.iterator().next() : null;
        }
        return new TallyClaim(v.claimId(), v.claimantKey(), v.subjectParty(), v.category(), v.quantity(),
                v.scope().window(), v.scope().strikeIds(), operation,
                operation == null ? Set.of() : strikesOf.getOrDefault(operation, Set.of()),
                Grade.valueOf(v.grade().name()), v.retracted(), v.position());
    }
}
