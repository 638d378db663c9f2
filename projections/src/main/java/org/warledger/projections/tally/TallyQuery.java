package org.warledger.projections.tally;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
    /**
     * Tallies already computed, reused until a claim or strike of their conflict changes (the key
     * carries the conflict's read-model versions, so a stale entry is never hit, only evicted).
     */
    private final Cache<Key, List<TallyRow>> computed = Caffeine.newBuilder().maximumSize(1_000).build();

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
        Key key = new Key(conflictKey, options, recordedBy, version("claim_view", conflictKey),
                version("strike_view", conflictKey));
        return computed.get(key, k -> tally(conflictKey,
                claims.forTally(conflictKey, options.party(), options.category(), recordedBy), options));
    }

    /** What a computed tally depends on: the request, and how far its conflict's read models have come. */
    private record Key(String conflictKey, TallyOptions options, Instant recordedBy, long claimsVersion,
                       long strikesVersion) {
    }

    /** The newest position applied to the conflict's rows of {@code table} (an index lookup). */
    private long version(String table, String conflictKey) {
        Long v = jdbc.queryOne("SELECT MAX(last_position) FROM " + table + " WHERE conflict_key = ?",
                rs -> (Long) rs.getObject(1, Long.class), conflictKey);
        return v == null ? 0 : v;
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
