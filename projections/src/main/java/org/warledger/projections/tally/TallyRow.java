package org.warledger.projections.tally;

import java.util.List;
import java.util.Map;
import org.warledger.domain.common.ClaimCategory;

/**
 * The tally for one (party, category). Claimants' figures stand side by side and are never summed.
 *
 * @param conservative lowest lower bound among credible claimants with numbers; null if none
 * @param bestLow      lowest best estimate among credible claimants; null if none gives one
 * @param bestHigh     highest best estimate among credible claimants; null if none gives one
 * @param contested    two or more claimants with numbers whose ranges do not all intersect
 * @param claimCount   claims the row rests on
 * @param grades       how those claims are graded (grades with no claims are absent)
 */
public record TallyRow(
        String party,
        ClaimCategory category,
        List<ClaimantFigure> byClaimant,
        Range range,
        Long conservative,
        Long bestLow,
        Long bestHigh,
        boolean contested,
        int claimCount,
        Map<Grade, Integer> grades) {

    public TallyRow {
        byClaimant = List.copyOf(byClaimant);
        grades = Map.copyOf(grades);
    }

    /** The claimant's figure, or null if it made no counted claim here. */
    public ClaimantFigure claimant(String claimantKey) {
        return byClaimant.stream().filter(f -> f.claimantKey().equals(claimantKey)).findFirst().orElse(null);
    }
}
