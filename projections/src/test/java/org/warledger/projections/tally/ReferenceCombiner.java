package org.warledger.projections.tally;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The combining algorithm as it was before tallies were made near-linear (O(n³), a scope rebuilt
 * on every comparison), kept unchanged (only renamed) as the oracle for
 * {@link CombinerAgainstReferenceTest}.
 *
 * <p>Combines one claimant's claims on one (party, category) into one figure: disjoint scopes add,
 * a wider scope contains the narrower ones inside it, overlapping scopes never add.
 */
final class ReferenceCombiner {

    private ReferenceCombiner() {
    }

    /** The claims that count: for each scope, the claimant's latest claim about it. */
    static List<TallyClaim> current(Collection<TallyClaim> claims) {
        Map<String, TallyClaim> latest = new LinkedHashMap<>();
        claims.stream()
                .sorted(Comparator.comparingLong(TallyClaim::position))
                .forEach(c -> latest.put(ReferenceScope.of(c).key(), c));
        return new ArrayList<>(latest.values());
    }

    /** Combines claims already reduced by {@link #current}; null if there are none. */
    static Bounds combine(List<TallyClaim> claims) {
        if (claims.isEmpty()) {
            return null;
        }
        List<TallyClaim> roots = claims.stream().filter(c -> !coveredByAny(c, claims)).toList();
        List<List<TallyClaim>> groups = overlapGroups(roots);
        Bounds total = null;
        for (List<TallyClaim> group : groups) {
            Bounds g = null;
            for (TallyClaim root : group) {
                Bounds r = withInner(root, claims);
                g = g == null ? r : g.union(r);
            }
            total = total == null ? g : total.plus(g);
        }
        return total;
    }

    private static Bounds withInner(TallyClaim root, List<TallyClaim> claims) {
        Bounds own = Bounds.of(root.quantity());
        List<TallyClaim> inner = inside(root, claims);
        return inner.isEmpty() ? own : own.containing(combine(inner));
    }

    /** Claims covered by {@code root}, directly or through a claim it covers. */
    private static List<TallyClaim> inside(TallyClaim root, List<TallyClaim> claims) {
        List<TallyClaim> found = new ArrayList<>();
        List<TallyClaim> frontier = List.of(root);
        while (!frontier.isEmpty()) {
            List<TallyClaim> next = new ArrayList<>();
            for (TallyClaim c : claims) {
                if (c != root && !found.contains(c) && frontier.stream().anyMatch(f -> covers(f, c))) {
                    found.add(c);
                    next.add(c);
                }
            }
            frontier = next;
        }
        return found;
    }

    /** Partitions claims into groups linked by overlap; claims in different groups are disjoint. */
    private static List<List<TallyClaim>> overlapGroups(List<TallyClaim> roots) {
        List<List<TallyClaim>> groups = new ArrayList<>();
        for (TallyClaim c : roots) {
            List<TallyClaim> merged = new ArrayList<>(List.of(c));
            for (var it = groups.iterator(); it.hasNext(); ) {
                List<TallyClaim> g = it.next();
                if (g.stream().anyMatch(o -> relation(o, c) != ReferenceScope.Relation.DISJOINT)) {
                    merged.addAll(g);
                    it.remove();
                }
            }
            groups.add(merged);
        }
        return groups;
    }

    private static boolean coveredByAny(TallyClaim c, List<TallyClaim> claims) {
        return claims.stream().anyMatch(o -> o != c && covers(o, c));
    }

    private static boolean covers(TallyClaim wide, TallyClaim narrow) {
        return relation(wide, narrow) == ReferenceScope.Relation.COVERS;
    }

    private static ReferenceScope.Relation relation(TallyClaim a, TallyClaim b) {
        return ReferenceScope.of(a).relate(ReferenceScope.of(b));
    }
}
