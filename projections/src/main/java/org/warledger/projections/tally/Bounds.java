package org.warledger.projections.tally;

import org.warledger.domain.common.Quantity;

/**
 * Internal arithmetic on one claimant's figures. A part with no number given counts as
 * "0 or more": it keeps the total's floor and removes its ceiling.
 *
 * @param upper null = no ceiling
 * @param known at least one part gave a number
 */
record Bounds(long lower, Long upper, Long best, boolean known) {

    static Bounds of(Quantity q) {
        if (q.kind() == Quantity.Kind.NOT_GIVEN) {
            return new Bounds(0, null, null, false);
        }
        return new Bounds(q.lower(), q.upper(), q.bestEstimate(), true);
    }

    /** Disjoint scopes: the counts add up. */
    Bounds plus(Bounds o) {
        return new Bounds(lower + o.lower, sum(upper, o.upper), sum(best, o.best), known || o.known);
    }

    /** Overlapping scopes: the union is at least the larger part and at most both together. */
    Bounds union(Bounds o) {
        return new Bounds(Math.max(lower, o.lower), sum(upper, o.upper), null, known || o.known);
    }

    /**
     * This claim's scope contains the parts {@code inner} counts: its floor is the larger of its own
     * and theirs; its ceiling is its own (raised to the floor if the parts exceed it).
     */
    Bounds containing(Bounds inner) {
        long floor = Math.max(lower, inner.lower);
        Long ceiling = upper == null ? null : Math.max(upper, floor);
        Long b = best == null ? null : Math.max(best, floor);
        if (b != null && ceiling != null) {
            b = Math.min(b, ceiling);
        }
        return new Bounds(floor, ceiling, b, known || inner.known);
    }

    private static Long sum(Long a, Long b) {
        return a == null || b == null ? null : a + b;
    }
}
