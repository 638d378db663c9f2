package org.warledger.projections.tally;

/**
 * The spread of figures across claimants with numbers.
 *
 * @param lower     the lowest lower bound of any claimant; null when unknown
 * @param upper     the highest upper bound; null when open-ended or unknown
 * @param openFrom  when open-ended: the highest figure any claimant stated (bounded claimants'
 *                  upper bounds, open ones' lower bounds), shown before the "+"; else null
 * @param openEnded some claimant gives no ceiling
 * @param unknown   no claimant gives a number
 */
public record Range(Long lower, Long upper, Long openFrom, boolean openEnded, boolean unknown) {

    /** "12–55", "13–274+", "27", "401+" or "unknown". */
    public String display() {
        if (unknown) {
            return Display.UNKNOWN;
        }
        if (openEnded) {
            return lower.equals(openFrom) ? openFrom + "+" : lower + Display.DASH + openFrom + "+";
        }
        return Display.of(lower, upper, false, false);
    }
}
