package org.warledger.projections.tally;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.warledger.domain.common.TimePrecision;
import org.warledger.domain.common.TimeWindow;

/**
 * A time window as a half-open interval [start, end) with null for an unbounded side. A window
 * known to the day covers the whole of its last day (likewise week and month), so "27 Feb" and
 * "26–27 Feb" relate the way a reader expects. A window of unknown precision is not
 * {@code definite}: the events lie somewhere in it, so a claim about it covers no other claim.
 */
record Span(Instant start, Instant end, boolean definite) {

    static Span of(TimeWindow w) {
        if (w == null) {
            return null;
        }
        Instant end = w.end() == null ? null : endOf(w.end(), w.precision());
        return new Span(w.start(), end, w.precision() != TimePrecision.UNKNOWN);
    }

    private static Instant endOf(Instant end, TimePrecision precision) {
        return switch (precision) {
            case EXACT, UNKNOWN -> end.plusNanos(1);
            case DAY -> end.truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
            case WEEK -> end.truncatedTo(ChronoUnit.DAYS).plus(7, ChronoUnit.DAYS);
            case MONTH -> end.atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1).plusMonths(1)
                    .atStartOfDay(ZoneOffset.UTC).toInstant();
        };
    }

    boolean unbounded() {
        return start == null && end == null;
    }

    /** Every moment of {@code other} lies in this span. */
    boolean contains(Span other) {
        boolean fromOk = start == null || (other.start != null && !other.start.isBefore(start));
        boolean toOk = end == null || (other.end != null && !other.end.isAfter(end));
        return fromOk && toOk;
    }

    boolean overlaps(Span other) {
        boolean a = start == null || other.end == null || start.isBefore(other.end);
        boolean b = other.start == null || end == null || other.start.isBefore(end);
        return a && b;
    }
}
