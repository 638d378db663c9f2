package org.warledger.domain.common;

import java.time.Instant;
import java.util.Objects;

/**
 * When something happened: a window and how precisely it is known. With precision {@code UNKNOWN}
 * either bound may be missing ("before 27 February"); otherwise {@code start} is required.
 */
public record TimeWindow(Instant start, Instant end, TimePrecision precision) {

    public TimeWindow {
        Objects.requireNonNull(precision, "precision");
        if (start == null && precision != TimePrecision.UNKNOWN) {
            throw new IllegalArgumentException("start is required unless precision is UNKNOWN");
        }
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end precedes start");
        }
        if (start != null && end == null && precision != TimePrecision.UNKNOWN) {
            end = start;
        }
    }

    public static TimeWindow exact(Instant at) {
        return new TimeWindow(at, at, TimePrecision.EXACT);
    }

    /** The instant the window is ordered by on a timeline: its start, else its end. */
    public Instant sortKey() {
        return start != null ? start : end;
    }

    /** True if any moment of this window lies before {@code instant}. */
    public boolean beganBefore(Instant instant) {
        Instant key = sortKey();
        return key == null || key.isBefore(instant);
    }

    /** True if the two windows share at least one moment (an open bound overlaps everything). */
    public boolean overlaps(TimeWindow other) {
        Instant aStart = start, aEnd = end, bStart = other.start, bEnd = other.end;
        boolean startsBeforeOtherEnds = aStart == null || bEnd == null || !aStart.isAfter(bEnd);
        boolean otherStartsBeforeThisEnds = bStart == null || aEnd == null || !bStart.isAfter(aEnd);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }
}
