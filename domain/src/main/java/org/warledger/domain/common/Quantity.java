package org.warledger.domain.common;

import java.util.Objects;

/**
 * A figure exactly as a claimant said it: "exactly 12", "at least 274", "more than 400",
 * "about 115", "between 10 and 20 (best 15)", or "a number not given". Bounds are derived:
 * {@link #lower()} and {@link #upper()} are {@code null} when unknown or open.
 */
public record Quantity(Kind kind, Long value, Long low, Long high, Long best) {

    /** The form the figure was given in. */
    public enum Kind { EXACTLY, AT_LEAST, MORE_THAN, ABOUT, BETWEEN, NOT_GIVEN }

    public Quantity {
        Objects.requireNonNull(kind, "kind");
        switch (kind) {
            case EXACTLY, AT_LEAST, MORE_THAN, ABOUT -> requireNonNegative(value, "value");
            case BETWEEN -> {
                requireNonNegative(low, "low");
                requireNonNegative(high, "high");
                if (low > high) {
                    throw new IllegalArgumentException("low exceeds high");
                }
                if (best != null && (best < low || best > high)) {
                    throw new IllegalArgumentException("best lies outside low..high");
                }
            }
            case NOT_GIVEN -> {
            }
        }
    }

    private static void requireNonNegative(Long n, String name) {
        if (n == null || n < 0) {
            throw new IllegalArgumentException(name + " must be a non-negative number");
        }
    }

    public static Quantity exactly(long n) {
        return new Quantity(Kind.EXACTLY, n, null, null, null);
    }

    public static Quantity atLeast(long n) {
        return new Quantity(Kind.AT_LEAST, n, null, null, null);
    }

    public static Quantity moreThan(long n) {
        return new Quantity(Kind.MORE_THAN, n, null, null, null);
    }

    public static Quantity about(long n) {
        return new Quantity(Kind.ABOUT, n, null, null, null);
    }

    public static Quantity between(long low, long high, Long best) {
        return new Quantity(Kind.BETWEEN, null, low, high, best);
    }

    public static Quantity notGiven() {
        return new Quantity(Kind.NOT_GIVEN, null, null, null, null);
    }

    /** The lowest number the claim allows, or null if no number was given. */
    public Long lower() {
        return switch (kind) {
            case EXACTLY, AT_LEAST, ABOUT -> value;
            case MORE_THAN -> value + 1;
            case BETWEEN -> low;
            case NOT_GIVEN -> null;
        };
    }

    /** The highest number the claim allows, or null if open-ended or not given. */
    public Long upper() {
        return switch (kind) {
            case EXACTLY, ABOUT -> value;
            case BETWEEN -> high;
            case AT_LEAST, MORE_THAN, NOT_GIVEN -> null;
        };
    }

    /** The claimant's best estimate, where the claim gives one. */
    public Long bestEstimate() {
        return switch (kind) {
            case EXACTLY, ABOUT -> value;
            case BETWEEN -> best;
            case AT_LEAST, MORE_THAN, NOT_GIVEN -> null;
        };
    }

    /** True if the claim gives no upper bound ("at least", "more than"). */
    public boolean openEnded() {
        return kind == Kind.AT_LEAST || kind == Kind.MORE_THAN;
    }
}
