package org.warledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.warledger.proto.v1.GetStrikeRequest;
import org.warledger.proto.v1.ListTimelineRequest;

/**
 * Fills the store up to a number of events (all new strikes in one big conflict, so its timeline
 * grows with the store), waits for the read models, then times the queries one client at a time.
 */
final class QueryPhases {

    private static final int LOADERS = 64;

    private final Clients clients;
    private final StrikeRequests requests;
    private final String bigConflict;
    private final Duration warmup;
    private final Duration measure;
    private final AtomicLong loaded = new AtomicLong();

    QueryPhases(Clients clients, StrikeRequests requests, String runId, Duration warmup, Duration measure) {
        this.clients = clients;
        this.requests = requests;
        this.bigConflict = "q-" + runId;
        this.warmup = warmup;
        this.measure = measure;
    }

    /** Strikes recorded into the big conflict so far. */
    long loaded() {
        return loaded.get();
    }

    /** Appends new strikes until the store holds {@code target} events; returns the load rate. */
    Measured loadTo(long target, ServerProcess server) throws Exception {
        long missing = target - server.storeHead();
        if (missing <= 0) {
            return null;
        }
        AtomicLong remaining = new AtomicLong(missing);
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        for (int c = 0; c < LOADERS; c++) {
            int client = c;
            threads.add(new Thread(() -> {
                while (remaining.getAndDecrement() > 0) {
                    long n = loaded.getAndIncrement();
                    try {
                        clients.commands(client).recordStrike(requests.strike(bigConflict, "q" + n, n));
                    } catch (RuntimeException e) {
                        loaded.decrementAndGet();
                        if (errors.incrementAndGet() > 1000) {
                            throw e;
                        }
                        remaining.incrementAndGet();
                    }
                }
            }, "loader-" + c));
        }
        threads.forEach(Thread::start);
        ClosedLoop.joinAll(threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Measured("load to " + target + " events", LOADERS, missing, errors.get(), seconds,
                Measured.newHistogram(), null);
    }

    /** Each query at this store size, one client, after the read models have caught up. */
    List<Measured> queries() throws Exception {
        List<Measured> out = new ArrayList<>();
        ListTimelineRequest firstPage = ListTimelineRequest.newBuilder().setConflictKey(bigConflict)
                .setPageSize(100).build();
        out.add(ClosedLoop.run("timeline first page (100 rows)", 1, warmup, measure,
                (c, seq) -> clients.queries(c).listTimeline(firstPage)));

        ListTimelineRequest page = firstPage;
        for (int i = 0; i < 5; i++) {
            String next = clients.queries(0).listTimeline(page).getNextPageToken();
            if (next.isEmpty()) {
                break;
            }
            page = firstPage.toBuilder().setPageToken(next).build();
        }
        ListTimelineRequest sixthPage = page;
        out.add(ClosedLoop.run("timeline 6th page (by page token)", 1, warmup, measure,
                (c, seq) -> clients.queries(c).listTimeline(sixthPage)));

        ListTimelineRequest byParty = firstPage.toBuilder().setParty(StrikeRequests.firstAttacker()).build();
        out.add(ClosedLoop.run("timeline first page, party filter", 1, warmup, measure,
                (c, seq) -> clients.queries(c).listTimeline(byParty)));

        long count = Math.max(1, loaded.get());
        out.add(ClosedLoop.run("GetStrike", 1, warmup, measure, (c, seq) -> clients.queries(c).getStrike(
                GetStrikeRequest.newBuilder().setStrikeId(requests.strikeId("q" + ((seq * 7919) % count))).build())));
        return out;
    }
}
