package org.warledger.bench;

import org.HdrHistogram.Histogram;

/**
 * The outcome of one measured phase: operations completed in the measured window, failures, and
 * the latency of each operation in microseconds.
 */
public record Measured(String name, int clients, long ops, long errors, double seconds, Histogram micros,
                       String firstError) {

    static Histogram newHistogram() {
        return new Histogram(60_000_000L, 3);
    }

    /** Operations per second over the measured window. */
    public double rate() {
        return seconds <= 0 ? 0 : ops / seconds;
    }

    public double p50Millis() {
        return micros.getTotalCount() == 0 ? Double.NaN : micros.getValueAtPercentile(50) / 1000.0;
    }

    public double p99Millis() {
        return micros.getTotalCount() == 0 ? Double.NaN : micros.getValueAtPercentile(99) / 1000.0;
    }

    public double maxMillis() {
        return micros.getTotalCount() == 0 ? Double.NaN : micros.getMaxValue() / 1000.0;
    }

    /** One line for the console while the run is under way. */
    public String summary() {
        return String.format("%-34s clients=%-3d ops=%-7d err=%-4d %9.0f/s  p50=%7.2f ms  p99=%7.2f ms  max=%8.2f ms%s",
                name, clients, ops, errors, rate(), p50Millis(), p99Millis(), maxMillis(),
                firstError == null ? "" : "  first error: " + firstError);
    }
}
