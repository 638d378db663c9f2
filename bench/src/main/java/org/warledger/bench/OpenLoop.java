package org.warledger.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Calls at a fixed rate, whatever the server's speed: call i is due at start + i / rate, and its
 * latency is measured from when it was due, not from when a worker got round to sending it, so a
 * slow server shows up as latency instead of silently lowering the rate (no coordinated omission).
 * The worker pool must be large enough to keep the schedule while calls are in flight.
 */
final class OpenLoop {

    private OpenLoop() {
    }

    /** The latencies, and where the calls slower than {@code slowMillis} fell in time. */
    record Outcome(Measured measured, SlowStretches slow) {
    }

    static Outcome run(String name, int ratePerSecond, int workers, Duration warmup, Duration measure,
                       double slowMillis, ClosedLoop.Call call) {
        long period = 1_000_000_000L / ratePerSecond;
        long start = System.nanoTime() + 10_000_000L;
        Instant startWall = Instant.now().plusMillis(10);
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measure.toNanos();
        long firstMeasured = (warmup.toNanos() + period - 1) / period;
        long callCount = (end - start + period - 1) / period;
        if (callCount > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many calls for one fixed-rate run: " + callCount);
        }
        // each call's latency by its ticket, written by the worker that made it (-1: failed or not measured)
        long[] latencyByTicket = new long[(int) callCount];
        Arrays.fill(latencyByTicket, -1);
        AtomicLong tickets = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong completedAt = new AtomicLong(end);
        AtomicReference<String> firstError = new AtomicReference<>();
        List<Histogram> histograms = new ArrayList<>();
        List<long[]> counts = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            Histogram h = Measured.newHistogram();
            long[] count = new long[1];
            histograms.add(h);
            counts.add(count);
            int worker = w;
            threads.add(new Thread(() -> {
                while (true) {
                    long i = tickets.getAndIncrement();
                    long due = start + i * period;
                    if (due >= end) {
                        return;
                    }
                    for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                        LockSupport.parkNanos(wait);
                    }
                    try {
                        call.run(worker, i);
                        long done = System.nanoTime();
                        if (due >= measureFrom) {
                            long micros = Math.max(1, (done - due) / 1000);
                            h.recordValue(micros);
                            latencyByTicket[(int) i] = micros;
                            count[0]++;
                            completedAt.accumulateAndGet(done, Math::max);
                        }
                    } catch (Exception e) {
                        if (due >= measureFrom) {
                            errors.incrementAndGet();
                        }
                        firstError.compareAndSet(null, Errors.describe(e));
                    }
                }
            }, name + "-" + w));
        }
        threads.forEach(Thread::start);
        ClosedLoop.joinAll(threads);
        Histogram all = Measured.newHistogram();
        histograms.forEach(all::add);
        long ops = counts.stream().mapToLong(x -> x[0]).sum();
        // achieved rate: calls due in the window over the time until the last of them answered
        double seconds = Math.max(measure.toNanos(), completedAt.get() - measureFrom) / 1e9;
        Measured measured = new Measured(name, workers, ops, errors.get(), seconds, all, firstError.get());
        SlowStretches slow = SlowStretches.of(latencyByTicket, period, firstMeasured,
                startWall.plusNanos(firstMeasured * period), slowMillis, 50_000_000L);
        return new Outcome(measured, slow);
    }
}
