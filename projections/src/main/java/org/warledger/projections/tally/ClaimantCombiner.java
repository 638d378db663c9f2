package org.warledger.projections.tally;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines one claimant's claims on one (party, category) into one figure: disjoint scopes add,
 * a wider scope contains the narrower ones inside it, overlapping scopes never add.
 *
 * <p>The claims not covered by another are the roots; roots linked by overlap form groups; a
 * root counts its own figure containing the combination of every claim it covers, directly or
 * through another; a group is the union of its roots, and groups add up. The claims a claim
 * covers are closed under covering, so combining them finds the same figure for each of their
 * roots as anywhere else: each claim's figure is computed once, narrowest first.
 */
final class ClaimantCombiner {

    private ClaimantCombiner() {
    }

    /** The claims that count: for each scope, the claimant's latest claim about it. */
    static List<ScopedClaim> current(Collection<TallyClaim> claims) {
        Map<String, ScopedClaim> latest = new LinkedHashMap<>();
        claims.stream()
                .sorted(Comparator.comparingLong(TallyClaim::position))
                .map(ScopedClaim::of)
                .forEach(c -> latest.put(c.key(), c));
        return new ArrayList<>(latest.values());
    }

    /** Combines claims already reduced by {@link #current}; null if there are none. */
    static Bounds combine(List<ScopedClaim> claims) {
        if (claims.isEmpty()) {
            return null;
        }
        return new Combination(new ScopeGraph(claims)).total();
    }
}
