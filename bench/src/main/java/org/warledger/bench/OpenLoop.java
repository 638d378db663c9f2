package org.warledger.bench;

import java.time.Duration;
import java.util.ArrayList;
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

    static Measured run(String name, int ratePerSecond, int workers, Duration warmup, Duration measure,
                        ClosedLoop.Call call) {
        long period = 1_000_000_000L / ratePerSecond;
        long start = System.nanoTime() + 10_000_000L;
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measure.toNanos();
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
                            h.recordValue(Math.max(1, (done - due) / 1000));
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
        return new Measured(name, workers, ops, errors.get(), seconds, all, firstError.get());
    }
}
