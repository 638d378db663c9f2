package org.warledger.projections.claim;

import org.warledger.domain.common.Quantity;

/** A figure in words ("at least 274") and as the tally shows it ("274+"). */
public final class QuantityText {

    private QuantityText() {
    }

    public static String words(Quantity q) {
        return switch (q.kind()) {
            case EXACTLY -> String.valueOf(q.value());
            case AT_LEAST -> "at least " + q.value();
            case MORE_THAN -> "more than " + q.value();
            case ABOUT -> "about " + q.value();
            case BETWEEN -> "between " + q.low() + " and " + q.high() + (q.best() == null ? "" : " (best " + q.best() + ")");
            case NOT_GIVEN -> "a number not given";
        };
    }

    /** "12", "274+", "10–20" or "unknown". */
    public static String display(Quantity q) {
        Long lower = q.lower();
        Long upper = q.upper();
        if (lower == null) {
            return "unknown";
        }
        if (upper == null) {
            return lower + "+";
        }
        return lower.equals(upper) ? String.valueOf(lower) : lower + "\u2013" + upper;
    }
}
