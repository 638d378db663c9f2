package org.warledger.projections.tally;

/** Renders a figure the way the tally shows it. */
final class Display {

    static final String UNKNOWN = "unknown";
    static final String DASH = "\u2013";

    private Display() {
    }

    static String of(Long lower, Long upper, boolean openEnded, boolean unknown) {
        if (unknown || lower == null) {
            return UNKNOWN;
        }
        if (openEnded || upper == null) {
            return lower + "+";
        }
        return lower.equals(upper) ? String.valueOf(lower) : lower + DASH + upper;
    }
}
