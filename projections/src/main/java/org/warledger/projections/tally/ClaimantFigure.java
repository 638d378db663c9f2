package org.warledger.projections.tally;

import java.util.Map;

/**
 * One claimant's combined figure for a (party, category).
 *
 * @param lower      lowest number the claimant's claims allow; null when {@code unknown}
 * @param upper      highest number; null when open-ended or unknown
 * @param best       the claimant's best estimate, where its claims give one
 * @param unknown    none of its counted claims gives a number
 * @param openEnded  a number was given but no ceiling ("at least", "more than", or a part not given)
 * @param claimCount claims the figure rests on (superseded repeats are not counted)
 * @param credible   at least one of those claims is neither disputed nor discounted
 */
public record ClaimantFigure(
        String claimantKey,
        Long lower,
        Long upper,
        Long best,
        boolean unknown,
        boolean openEnded,
        int claimCount,
        Map<Grade, Integer> grades,
        boolean credible) {

    public ClaimantFigure {
        grades = Map.copyOf(grades);
    }

    /** "12", "274+", "10–20" or "unknown". */
    public String display() {
        return Display.of(lower, upper, openEnded, unknown);
    }
}
