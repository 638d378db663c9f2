package org.warledger.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a fixed-rate run's slow calls fell in time: the calls slower than a threshold, grouped
 * into stretches of consecutive due times (calls due less than the merge gap apart belong
 * to one stretch). A pause of the server (a full collection, a lock held) shows up as one stretch
 * as long as the pause, in which almost every call was slow; slowness spread thinly over the run
 * shows up as many stretches of one or two calls. The wall-clock start of each stretch lines it up
 * with the server's logs (its GC log with {@code -Xlog:gc:file=F:time}, say).
 */
record SlowStretches(double thresholdMillis, double mergeGapMillis, long slowCalls, long calls, List<Stretch> stretches) {

    /** Calls due from {@code start} for {@code lengthMillis}, {@code slow} of them over the threshold. */
    record Stretch(Instant start, double offsetSeconds, double lengthMillis, int slow, double worstMillis) {
    }

    /**
     * @param latencyMicros the latency of call i (due {@code (i - firstMeasuredTicket) * periodNanos}
     *                      after {@code dueAtFirstMeasured}), or a negative value for a call outside
     *                      the measured window or failed
     */
    static SlowStretches of(long[] latencyMicros, long periodNanos, long firstMeasuredTicket, Instant dueAtFirstMeasured,
                            double thresholdMillis, long mergeGapNanos) {
        long threshold = (long) (thresholdMillis * 1000);
        long gapTickets = Math.max(1, mergeGapNanos / periodNanos);
        List<Stretch> stretches = new ArrayList<>();
        long slowCalls = 0;
        long calls = 0;
        long from = -1;
        long last = -1;
        int slow = 0;
        long worst = 0;
        for (long i = firstMeasuredTicket; i < latencyMicros.length; i++) {
            long micros = latencyMicros[(int) i];
            if (micros < 0) {
                continue;
            }
            calls++;
            if (micros <= threshold) {
                continue;
            }
            slowCalls++;
            if (from >= 0 && i - last > gapTickets) {
                stretches.add(stretch(from, last, slow, worst, periodNanos, firstMeasuredTicket, dueAtFirstMeasured));
                from = -1;
            }
            if (from < 0) {
                from = i;
                slow = 0;
                worst = 0;
            }
            last = i;
            slow++;
            worst = Math.max(worst, micros);
        }
        if (from >= 0) {
            stretches.add(stretch(from, last, slow, worst, periodNanos, firstMeasuredTicket, dueAtFirstMeasured));
        }
        return new SlowStretches(thresholdMillis, mergeGapNanos / 1e6, slowCalls, calls, stretches);
    }

    private static Stretch stretch(long from, long last, int slow, long worstMicros, long periodNanos,
                                   long firstMeasuredTicket, Instant dueAtFirstMeasured) {
        long offsetNanos = (from - firstMeasuredTicket) * periodNanos;
        return new Stretch(dueAtFirstMeasured.plusNanos(offsetNanos), offsetNanos / 1e9,
                (last - from + 1) * periodNanos / 1e6, slow, worstMicros / 1000.0);
    }

    /** The stretches with the most slow calls first, at most {@code n}. */
    List<Stretch> largest(int n) {
        return stretches.stream().sorted(Comparator.comparingInt(Stretch::slow).reversed()).limit(n).toList();
    }
}
