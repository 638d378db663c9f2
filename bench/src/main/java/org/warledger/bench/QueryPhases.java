package org.warledger.bench;

import com.google.protobuf.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.warledger.proto.v1.GetStrikeRequest;
import org.warledger.proto.v1.GetTallyRequest;
import org.warledger.proto.v1.GetTallyResponse;
import org.warledger.proto.v1.ListTimelineRequest;
import org.warledger.proto.v1.TallyRow;

/**
 * Fills the store up to a number of events, waits for the read models, then times the queries
 * one client at a time.
 *
 * <p>The load fills conflicts of realistic size one after another: each gets {@value #CONFLICT_EVENTS}
 * load events, one in {@value #CLAIM_EVERY} a claim (so about 1,000 claims) and the rest new
 * strikes; a claim is about the loader's latest strike in the same conflict, by one of three
 * claimants, never twice by the same claimant on the same strike. The tally is computed per
 * conflict and its cost grows faster than linearly with the conflict's claims, so one conflict
 * taking every claim of a 100k-event store (20,000) would measure a conflict no real one
 * resembles. The queries read the first conflict ("loaded conflict"): complete from 5k events
 * on, it stays the same while the store grows around it, which is what "flat from 10k to 1M
 * events" asks about.
 */
final class QueryPhases {

    private static final int LOADERS = 64;
    /** One load event in this many is a claim (the rest are strikes). */
    static final int CLAIM_EVERY = 5;
    /** Load events per conflict: 4,000 strikes and 1,000 claims. */
    static final int CONFLICT_EVENTS = 5_000;

    static final String TALLY_CACHED = "GetTally, conflict unchanged (served from the tally cache)";
    static final String TALLY_COMPUTED = "GetTally, computed (window differs per call)";
    static final String TALLY_AS_RECORDED = "GetTally as recorded at mid-load, computed";

    /** One timed query. */
    record Query(String conflict, Measured measured) {
    }

    /** The loaded conflict when the queries of one size ran, and what its tallies rested on. */
    record Snapshot(long conflicts, long strikes, long claims, Instant asRecordedAt, long recordedByThen,
                    long tallyClaims, long tallyClaimsAsRecorded) {
    }

    private final Clients clients;
    private final StrikeRequests requests;
    private final String runId;
    private final Duration warmup;
    private final Duration measure;
    private final AtomicLong ops = new AtomicLong();
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong passes = new AtomicLong();
    /** Strikes and claims recorded into the first (queried) conflict. */
    private final AtomicLong firstStrikes = new AtomicLong();
    private final AtomicLong firstClaims = new AtomicLong();
    private final ConcurrentLinkedQueue<String> strikeIds = new ConcurrentLinkedQueue<>();
    /** Events recorded into the first conflict → when (every 50th). */
    private final ConcurrentSkipListMap<Long, Instant> checkpoints = new ConcurrentSkipListMap<>();

    QueryPhases(Clients clients, StrikeRequests requests, String runId, Duration warmup, Duration measure) {
        this.clients = clients;
        this.requests = requests;
        this.runId = runId;
        this.warmup = warmup;
        this.measure = measure;
    }

    private String conflict(long index) {
        return "q-" + runId + "-" + index;
    }

    /** Load events recorded so far. */
    long loaded() {
        return completed.get();
    }

    /** Appends load events until the store holds {@code target} events; returns the load rate. */
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
                String lastStrike = null;
                long lastStrikeN = -1;
                int claimsOnLast = 0;
                while (remaining.getAndDecrement() > 0) {
                    long n = ops.getAndIncrement();
                    long k = n / CONFLICT_EVENTS;
                    String conflict = conflict(k);
                    try {
                        boolean claim = n % CLAIM_EVERY == CLAIM_EVERY - 1 && lastStrike != null
                                && lastStrikeN / CONFLICT_EVENTS == k && claimsOnLast < 3;
                        if (claim) {
                            clients.commands(client).assertClaim(requests.claim(conflict, "q" + n, lastStrike,
                                    lastStrikeN, (int) ((lastStrikeN + claimsOnLast) % 3), n));
                            claimsOnLast++;
                        } else {
                            clients.commands(client).recordStrike(requests.strike(conflict, "q" + n, n));
                            lastStrike = requests.strikeId("q" + n);
                            lastStrikeN = n;
                            claimsOnLast = 0;
                            strikeIds.add(lastStrike);
                        }
                        completed.incrementAndGet();
                        if (k == 0) {
                            (claim ? firstClaims : firstStrikes).incrementAndGet();
                            long done = firstStrikes.get() + firstClaims.get();
                            if (done % 50 == 0) {
                                checkpoints.put(done, Instant.now());
                            }
                        }
                    } catch (RuntimeException e) {
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
                Measured.newHistogram(), errors.get() == 0 ? null : errors.get() + " load commands failed and were redone");
    }

    /** Each query at this store size, one client, after the read models have caught up. */
    List<Query> queries() throws Exception {
        return queries(warmup, measure);
    }

    /**
     * Runs every query once for {@code each}, unmeasured: a freshly started server compiles each
     * query path on its first few thousand calls, which a short per-query warm-up does not cover.
     */
    void warmUp(Duration each) throws Exception {
        queries(Duration.ZERO, each);
    }

    private List<Query> queries(Duration warmup, Duration measure) throws Exception {
        // every pass asks for tallies no earlier pass asked for, so "computed" never meets the cache
        long pass = passes.getAndIncrement();
        List<Query> out = new ArrayList<>();
        String loaded = conflict(0);
        ListTimelineRequest firstPage = ListTimelineRequest.newBuilder().setConflictKey(loaded)
                .setPageSize(100).build();
        out.add(query(ClosedLoop.run("timeline first page (100 rows)", 1, warmup, measure,
                (c, seq) -> clients.queries(c).listTimeline(firstPage))));

        ListTimelineRequest page = firstPage;
        for (int i = 0; i < 5; i++) {
            String next = clients.queries(0).listTimeline(page).getNextPageToken();
            if (next.isEmpty()) {
                break;
            }
            page = firstPage.toBuilder().setPageToken(next).build();
        }
        ListTimelineRequest sixthPage = page;
        out.add(query(ClosedLoop.run("timeline 6th page (by page token)", 1, warmup, measure,
                (c, seq) -> clients.queries(c).listTimeline(sixthPage))));

        ListTimelineRequest byParty = firstPage.toBuilder().setParty(StrikeRequests.firstAttacker()).build();
        out.add(query(ClosedLoop.run("timeline first page, party filter", 1, warmup, measure,
                (c, seq) -> clients.queries(c).listTimeline(byParty))));

        Timestamp mid = ts(middleOfHistory());
        ListTimelineRequest asRecorded = firstPage.toBuilder().setAsRecordedAt(mid).build();
        out.add(query(ClosedLoop.run("timeline first page, as recorded at mid-load", 1, warmup, measure,
                (c, seq) -> clients.queries(c).listTimeline(asRecorded))));

        String[] ids = strikeIds.toArray(String[]::new);
        int count = Math.max(1, ids.length);
        out.add(query(ClosedLoop.run("GetStrike (any conflict)", 1, warmup, measure,
                (c, seq) -> clients.queries(c).getStrike(GetStrikeRequest.newBuilder()
                        .setStrikeId(ids[(int) ((seq * 7919) % count)]).build()))));

        // The server keeps computed tallies until a claim or strike of the conflict changes. Repeating
        // one request measures that cache; a window that differs on every call (and still holds every
        // claim) makes each call compute the tally, as the first call after a change does.
        GetTallyRequest tally = GetTallyRequest.newBuilder().setConflictKey(loaded).build();
        out.add(query(ClosedLoop.run(TALLY_CACHED, 1, warmup, measure,
                (c, seq) -> clients.queries(c).getTally(tally))));
        out.add(query(ClosedLoop.run(TALLY_COMPUTED, 1, warmup, measure,
                (c, seq) -> clients.queries(c).getTally(tally.toBuilder().setWindow(everything(pass, seq)).build()))));
        Instant midInstant = middleOfHistory();
        out.add(query(ClosedLoop.run(TALLY_AS_RECORDED, 1, warmup, measure,
                (c, seq) -> clients.queries(c).getTally(tally.toBuilder()
                        .setAsRecordedAt(ts(justBefore(midInstant, pass, seq))).build()))));
        return out;
    }

    /** What the loaded conflict held when the queries ran, and what its tallies rested on. */
    Snapshot snapshot() {
        Instant mid = middleOfHistory();
        long half = (firstStrikes.get() + firstClaims.get()) / 2;
        Map.Entry<Long, Instant> at = checkpoints.floorEntry(half);
        GetTallyRequest tally = GetTallyRequest.newBuilder().setConflictKey(conflict(0)).build();
        return new Snapshot((ops.get() + CONFLICT_EVENTS - 1) / CONFLICT_EVENTS, firstStrikes.get(), firstClaims.get(),
                mid, at == null ? 0 : at.getKey(), claimsCounted(tally),
                claimsCounted(tally.toBuilder().setAsRecordedAt(ts(mid)).build()));
    }

    private long claimsCounted(GetTallyRequest request) {
        GetTallyResponse r = clients.queries(0).getTally(request);
        return r.getRowsList().stream().mapToLong(TallyRow::getClaimCount).sum();
    }

    /** When half of the loaded conflict's events had been recorded. */
    private Instant middleOfHistory() {
        Map.Entry<Long, Instant> at = checkpoints.floorEntry((firstStrikes.get() + firstClaims.get()) / 2);
        return at == null ? Instant.now() : at.getValue();
    }

    /** A window holding every loaded claim (all in 2026), different for every {@code seq}. */
    /**
     * A moment a few microseconds before {@code mid}, distinct per call and per pass (passes are
     * 20 ms apart; a pass makes far fewer than 20,000 calls): the server keys tallies by the microsecond.
     */
    private static Instant justBefore(Instant mid, long pass, long seq) {
        return mid.minusNanos(1000 * (pass * 20_000 + seq + 1));
    }

    /** A window that holds every event, its start distinct per call and per pass. */
    private static org.warledger.proto.v1.TimeWindow everything(long pass, long seq) {
        Instant start = Instant.parse("2025-01-01T00:00:00Z").minusSeconds(pass * 10_000_000 + seq);
        return org.warledger.proto.v1.TimeWindow.newBuilder().setStart(ts(start))
                .setEnd(ts(Instant.parse("2028-01-01T00:00:00Z")))
                .setPrecision(org.warledger.proto.v1.TimePrecision.TIME_PRECISION_DAY).build();
    }

    private static Query query(Measured m) {
        return new Query("loaded", m);
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.newBuilder().setSeconds(i.getEpochSecond()).setNanos(i.getNano()).build();
    }
}
