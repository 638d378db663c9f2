package org.warledger.bench;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;
import org.warledger.proto.v1.ListTimelineRequest;
import org.warledger.proto.v1.WriteResult;

/** Appends of new entities, appends to a few hot ones, and projection lag at a steady rate. */
final class WritePhases {

    private static final int HOT_STRIKES = 4;

    private final Clients clients;
    private final StrikeRequests requests;
    private final String runId;
    private final Duration warmup;
    private final Duration measure;
    /**
     * Numbers each measurement, for its ids: a client count given twice (--clients 64,64) must not
     * send the first run's request ids again, or the second measures retries answered from the
     * request log instead of new commands.
     */
    private final AtomicInteger rounds = new AtomicInteger();

    WritePhases(Clients clients, StrikeRequests requests, String runId, Duration warmup, Duration measure) {
        this.clients = clients;
        this.requests = requests;
        this.runId = runId;
        this.warmup = warmup;
        this.measure = measure;
    }

    /** RecordStrike, every call a new strike id. */
    Measured newEntities(int n) {
        String conflict = "w-" + runId;
        String round = "n" + round(n);
        return ClosedLoop.run("append new (RecordStrike)", n, warmup, measure, (c, seq) ->
                fresh(clients.commands(c).recordStrike(requests.strike(conflict, round + "-" + c + "-" + seq, seq))));
    }

    /** RecordStrikeOutcome over and over on a few strikes, which every client shares. */
    Measured hotEntities(int n) {
        String conflict = "h-" + runId;
        String round = round(n);
        for (int k = 0; k < HOT_STRIKES; k++) {
            clients.commands(0).recordStrike(requests.strike(conflict, "hot" + round + "-" + k, k));
        }
        return ClosedLoop.run("append hot (RecordStrikeOutcome, " + HOT_STRIKES + " strikes)", n, warmup, measure,
                (c, seq) -> {
                    String strike = requests.strikeId("hot" + round + "-" + ((c + seq) % HOT_STRIKES));
                    fresh(clients.commands(c).recordStrikeOutcome(requests.outcome(strike, round + "-" + c + "-" + seq, seq)));
                });
    }

    /** The id part of the next measurement with {@code n} clients, unique within this run. */
    private String round(int n) {
        return rounds.incrementAndGet() + "x" + n;
    }

    /** A write measured as a new command must not have been answered as a retry (counted as an error if so). */
    private static void fresh(WriteResult answer) {
        if (answer.getReplayed()) {
            throw new IllegalStateException("request " + answer.getRequestId() + " was answered as a retry of an"
                    + " earlier one: the measurement reused a request id");
        }
    }

    /**
     * Command latency at a fixed rate, where the calls slower than the run's threshold fell, and
     * the lag until probe strikes appear on their timeline (null without probes).
     */
    record Steady(Measured commands, SlowStretches slow, Measured lag) {
    }

    /**
     * Commands at {@code rate} per second; with {@code probesPerSecond > 0} some of them are lag
     * probes, each polled on its timeline every millisecond from its OK until it shows (which
     * adds those queries to the load).
     */
    Steady steady(int rate, int workers, int probesPerSecond, double slowMillis) {
        String name = "commands at " + rate + "/s" + (probesPerSecond > 0 ? ", lag probes polling" : "");
        long probeEvery = probesPerSecond > 0 ? Math.max(1, rate / probesPerSecond) : Long.MAX_VALUE;
        Histogram lag = Measured.newHistogram();
        AtomicLong lost = new AtomicLong();
        AtomicReference<String> firstLost = new AtomicReference<>();
        ExecutorService pollers = Executors.newFixedThreadPool(4);
        long measureFrom = System.nanoTime() + warmup.toNanos();
        String round = round(workers);
        OpenLoop.Outcome commands = OpenLoop.run(name, rate, workers, warmup, measure,
                slowMillis, (c, seq) -> {
            boolean probe = probesPerSecond > 0 && seq % probeEvery == 0;
            String conflict = probe ? "l-" + runId + "-" + round + "-" + seq : "s-" + runId;
            fresh(clients.commands(c).recordStrike(requests.strike(conflict, "st-" + round + "-" + seq, seq)));
            long ok = System.nanoTime();
            if (probe && ok >= measureFrom) {
                pollers.execute(() -> awaitVisible(conflict, ok, c, lag, lost, firstLost));
            }
        });
        pollers.shutdown();
        try {
            pollers.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Measured lagged = new Measured("projection lag (OK → on timeline)", 4, lag.getTotalCount(), lost.get(),
                commands.measured().seconds(), lag, firstLost.get());
        return new Steady(commands.measured(), commands.slow(), probesPerSecond > 0 ? lagged : null);
    }

    private void awaitVisible(String conflict, long ok, int client, Histogram lag, AtomicLong lost,
                              AtomicReference<String> firstLost) {
        ListTimelineRequest query = ListTimelineRequest.newBuilder().setConflictKey(conflict).setPageSize(1).build();
        long deadline = ok + TimeUnit.SECONDS.toNanos(10);
        try {
            while (System.nanoTime() < deadline) {
                if (clients.queries(client).listTimeline(query).getEntriesCount() > 0) {
                    long seen = System.nanoTime();
                    synchronized (lag) {
                        lag.recordValue(Math.max(1, (seen - ok) / 1000));
                    }
                    return;
                }
                Thread.sleep(1);
            }
            lost.incrementAndGet();
            firstLost.compareAndSet(null, "not visible within 10 s: " + conflict);
        } catch (Exception e) {
            lost.incrementAndGet();
            firstLost.compareAndSet(null, Errors.describe(e));
        }
    }
}
