package org.warledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;

/**
 * N clients, each a thread that sends its next call as soon as the previous one answered. After a
 * warm-up (not recorded), every call's latency goes into that client's histogram; the histograms
 * are merged at the end, so recording never contends.
 */
final class ClosedLoop {

    /** One call by one client; {@code seq} counts that client's calls from 0. */
    @FunctionalInterface
    interface Call {
        void run(int client, long seq) throws Exception;
    }

    private ClosedLoop() {
    }

    static Measured run(String name, int clients, Duration warmup, Duration measure, Call call) {
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measure.toNanos();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<Histogram> histograms = new ArrayList<>();
        List<long[]> counts = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Histogram h = Measured.newHistogram();
            long[] count = new long[1];
            histograms.add(h);
            counts.add(count);
            int client = c;
            threads.add(new Thread(() -> {
                long seq = 0;
                for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                    try {
                        call.run(client, seq++);
                        long done = System.nanoTime();
                        if (now >= measureFrom && done <= end) {
                            h.recordValue(Math.max(1, (done - now) / 1000));
                            count[0]++;
                        }
                    } catch (Exception e) {
                        if (now >= measureFrom) {
                            errors.incrementAndGet();
                        }
                        firstError.compareAndSet(null, Errors.describe(e));
                    }
                }
            }, name + "-" + c));
        }
        threads.forEach(Thread::start);
        joinAll(threads);
        Histogram all = Measured.newHistogram();
        histograms.forEach(all::add);
        long ops = counts.stream().mapToLong(x -> x[0]).sum();
        return new Measured(name, clients, ops, errors.get(), measure.toNanos() / 1e9, all, firstError.get());
    }

    static void joinAll(List<Thread> threads) {
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}
