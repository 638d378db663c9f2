package org.warledger.projections.tally;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The non-disjoint relations among one claimant's claims, found without relating every pair.
 * The claims have distinct scope keys (as {@link ClaimantCombiner#current} leaves them), so two
 * claims about strikes are non-disjoint only if they share a strike: only those pairs are
 * related. A claim of any other kind (whole conflict, window, operation; usually few) is related
 * to every claim. Each pair is related once, since {@code b.relate(a)} is always the flip of
 * {@code a.relate(b)}. Cost: the pairs sharing a strike, plus n per claim not about strikes.
 */
final class ScopeGraph {

    private static final List<Integer> NONE = List.of();

    private final List<ScopedClaim> claims;
    private final List<List<Integer>> covers;
    private final List<List<Integer>> coveredBy;
    /** Overlapping (or same-scope) claims, neither covering the other. */
    private final List<List<Integer>> overlaps;

    ScopeGraph(List<ScopedClaim> claims) {
        this.claims = claims;
        int n = claims.size();
        covers = new ArrayList<>(Collections.nCopies(n, NONE));
        coveredBy = new ArrayList<>(covers);
        overlaps = new ArrayList<>(covers);
        relateSharingStrikes();
        relateOtherKinds();
    }

    int size() {
        return claims.size();
    }

    ScopedClaim claim(int i) {
        return claims.get(i);
    }

    /** The claims {@code i} directly covers. */
    List<Integer> covers(int i) {
        return covers.get(i);
    }

    List<Integer> coveredBy(int i) {
        return coveredBy.get(i);
    }

    List<Integer> overlaps(int i) {
        return overlaps.get(i);
    }

    private void relateSharingStrikes() {
        Map<String, List<Integer>> byStrike = new HashMap<>();
        int[] relatedTo = new int[claims.size()];
        Arrays.fill(relatedTo, -1);
        for (int j = 0; j < claims.size(); j++) {
            ScopedClaim c = claims.get(j);
            if (!c.aboutStrikes()) {
                continue;
            }
            for (String strike : c.scope().strikes()) {
                List<Integer> earlier = byStrike.computeIfAbsent(strike, k -> new ArrayList<>(1));
                for (int i : earlier) {
                    if (relatedTo[i] != j) {
                        relatedTo[i] = j;
                        add(i, j, claims.get(i).relate(c));
                    }
                }
                earlier.add(j);
            }
        }
    }

    private void relateOtherKinds() {
        for (int i = 0; i < claims.size(); i++) {
            if (claims.get(i).aboutStrikes()) {
                continue;
            }
            for (int j = 0; j < claims.size(); j++) {
                if (j != i && (claims.get(j).aboutStrikes() || j > i)) {
                    add(i, j, claims.get(i).relate(claims.get(j)));
                }
            }
        }
    }

    private void add(int a, int b, Scope.Relation r) {
        switch (r) {
            case COVERS -> link(covers, a, b, coveredBy);
            case COVERED_BY -> link(covers, b, a, coveredBy);
            case SAME, OVERLAP -> link(overlaps, a, b, overlaps);
            case DISJOINT -> {
            }
        }
    }

    private static void link(List<List<Integer>> forward, int from, int to, List<List<Integer>> backward) {
        append(forward, from, to);
        append(backward, to, from);
    }

    private static void append(List<List<Integer>> lists, int at, int value) {
        if (lists.get(at) == NONE) {
            lists.set(at, new ArrayList<>(2));
        }
        lists.get(at).add(value);
    }
}
