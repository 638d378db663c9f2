package org.warledger.bench;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Writes docs/BENCHMARKS.md: the conditions, the main figures of every store side by side, the
 * targets with a verdict each, then every figure of each store, the machine and the notes.
 */
final class Report {

    private static final String MET = "**met**";
    private static final String MISSED = "**missed**";
    private static final String NOT_MEASURED = "not measured";

    private final Run run;
    private final StringBuilder md = new StringBuilder();

    Report(Run run) {
        this.run = run;
    }

    String render() {
        line("# Benchmarks");
        line("");
        line("Written by `bench/run.sh" + (run.quick() ? " --quick" : "") + "` on " + run.date + " (" + run.mode
                + " run, " + storeNames() + ", " + seconds(run.totalTime) + " in all). Every figure comes from "
                + "real gRPC calls to a server process started on a fresh store; the baselines ran in the same run on "
                + "the same machine and database.");
        line("");
        line("Run it with `bench/run.sh` (full: H2 then PostgreSQL, 10k and 100k events each; it must stay under "
                + "15 minutes on this 2-core machine), `bench/run.sh --quick` (smoke run), `bench/run.sh --store h2` "
                + "or `--store postgresql` (one store), `bench/run.sh --1m --store h2 --out docs/BENCHMARKS-1M.md` "
                + "(adds the 1M-event size; about 20 minutes more). The harness is the `bench/` module "
                + "(`java -jar bench/target/warledger-bench.jar run --help`).");
        if (run.quick()) {
            line("");
            line("> **Smoke run (`--quick`)**: short windows and small stores. These figures validate the harness; "
                    + "they are not the ones to judge the targets by.");
        }
        conditions();
        if (run.stores.size() > 1) {
            sideBySide();
        }
        for (Results r : run.stores) {
            targets(r);
        }
        if (run.analysis != null) {
            line("");
            line(Run.ANALYSIS_START);
            line(run.analysis.strip());
            line(Run.ANALYSIS_END);
        }
        for (Results r : run.stores) {
            if (r.ready == null) {
                continue;
            }
            line("");
            line("## " + r.storeName());
            writes(r);
            queries(r);
            rebuild(r);
            importRate(r);
            baselines(r);
            phases(r);
        }
        machine();
        notes();
        return md.toString();
    }

    private String storeNames() {
        return "store" + (run.stores.size() > 1 ? "s " : " ")
                + String.join(" and ", run.stores.stream().map(Results::storeName).toList());
    }

    // ---- conditions ---------------------------------------------------------------------------

    private void conditions() {
        line("");
        line("## Conditions");
        line("");
        line("- Server JVM options (every store): " + (run.serverJvmArgs.isBlank()
                ? "none (JVM defaults: the maximum heap is a quarter of RAM)"
                : "`" + run.serverJvmArgs + "`") + (run.serverEnv.isBlank() ? "" : ", environment `" + run.serverEnv + "`")
                + " — " + run.serverJvmArgsOrigin + ".");
        for (Results r : run.stores) {
            if (r.ready == null) {
                continue;
            }
            line("- " + r.storeName() + " server: heap limit as the server itself reports it (sum of its heap pools' "
                    + "`jvm_memory_max_bytes`): " + (r.heapMaxBytes < 0 ? "—" : (r.heapMaxBytes >> 20) + " MiB")
                    + (r.storeJvmArgs.isBlank() ? "; store options: none (H2 is the default)"
                    : "; store options: `" + r.storeJvmArgs + "`")
                    + "; sizes run: " + String.join(", ", r.sizes.stream().map(Report::events).toList()) + " events.");
        }
        line("- Windows: closed-loop phases warm up " + seconds(run.warmup) + " then measure " + seconds(run.measure)
                + "; queries warm up " + seconds(run.queryWarmup) + " then measure " + seconds(run.queryMeasure)
                + " (one client), and before the first size every query runs " + seconds(run.queryFirstWarmup)
                + " unmeasured, so the freshly started server has compiled its paths; the two fixed-rate runs (the commands alone, then with the lag probes) measure " + seconds(run.steadyMeasure) + " each.");
        line("- Load generator, CLI and server share the machine's " + run.machine.cpus() + " cores; with PostgreSQL "
                + "the database server shares them too.");
        line("- Every append measurement and both fixed-rate runs start with the read models caught up (the"
                + " projections then run alongside, as in service), so none pays for the backlog of the one before.");
    }

    // ---- side by side -------------------------------------------------------------------------

    private void sideBySide() {
        line("");
        line("## Side by side");
        line("");
        StringBuilder head = new StringBuilder("| Figure |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Results r : run.stores) {
            head.append(' ').append(r.storeName()).append(" |");
            rule.append("---|");
        }
        line(head.toString());
        line(rule.toString());
        compare("Appends, new strikes, 64 clients (commands/s)", r -> rateOrDash(r.appendNew.get(64)));
        compare("Storage limit, 1 row per transaction, best of 1 and 8 threads (rows/s)", r -> {
            double limit = storageOnePerTransaction(r);
            return limit > 0 ? String.format("%,.0f", limit) : "—";
        });
        compare("Storage limit, 100 rows per transaction (rows/s)", r -> rateOrDash(r.storage.get("1x100")));
        compare("p99 command latency at " + String.format("%,d", run.stores.get(0).steadyRate) + "/s",
                r -> r.steadyCommands == null ? "—" : ms(r.steadyCommands.p99Millis()) + " (achieved "
                        + rate(r.steadyCommands) + "/s)");
        compare("p99 command latency at " + String.format("%,d", run.stores.get(0).steadyRate) + "/s with the lag probes polling",
                r -> r.steadyProbedCommands == null ? "—" : ms(r.steadyProbedCommands.p99Millis()) + " (achieved "
                        + rate(r.steadyProbedCommands) + "/s)");
        compare("Projection lag p99", r -> r.lag == null ? "—" : ms(r.lag.p99Millis()));
        compare("Timeline first page p99, largest size", r -> largest(r, "loaded", "timeline first page (100 rows)"));
        compare("GetTally p99, computed, largest size", r -> largest(r, "loaded", QueryPhases.TALLY_COMPUTED));
        compare("GetTally p99, as recorded at mid-load, computed, largest size",
                r -> largest(r, "loaded", QueryPhases.TALLY_AS_RECORDED));
        compare("GetTally p99, cached (conflict unchanged), largest size",
                r -> largest(r, "loaded", QueryPhases.TALLY_CACHED));
        compare("Rebuild, slowest projection (events/s)", r -> r.rebuilds.isEmpty() ? "—" : String.format("%,.0f (%s)",
                slowest(r).eventsPerSecond(), slowest(r).projection()));
        compare("Import, UCDP GED Pakistan (rows/s)", r -> r.imported == null ? "—"
                : String.format("%,.0f", r.imported.rowsPerSecond()));
        compare("Ready after start (first start; median of all starts)", r -> seconds(r.ready)
                + (r.readyAgain.isEmpty() ? "" : " (" + seconds(r.readyMedian()) + ")"));
        compare("Resident memory under load (idle)", r -> r.rssLoadKib < 0 ? "—"
                : mib(r.rssLoadKib) + " (" + mib(r.rssIdleKib) + ")");
    }

    private void compare(String figure, Function<Results, String> value) {
        StringBuilder row = new StringBuilder("| " + figure + " |");
        for (Results r : run.stores) {
            row.append(' ').append(r.ready == null ? "not run" : value.apply(r)).append(" |");
        }
        line(row.toString());
    }

    /** p99 of the named query on the named conflict ("loaded", or null for any other) at the largest size. */
    private static String largest(Results r, String conflict, String query) {
        if (r.queries.isEmpty()) {
            return "—";
        }
        Map.Entry<Long, List<QueryPhases.Query>> last = r.queries
                .lastEntry();
        return last.getValue().stream().filter(on(conflict, query)).findFirst()
                .map(q -> ms(q.measured().p99Millis()) + " at " + events(last.getKey())).orElse("—");
    }

    private static Predicate<QueryPhases.Query> on(String conflict, String query) {
        return q -> q.measured().name().equals(query)
                && (conflict == null ? !"loaded".equals(q.conflict()) : conflict.equals(q.conflict()));
    }

    // ---- targets ------------------------------------------------------------------------------

    private void targets(Results r) {
        if (r.ready == null) {
            return;
        }
        line("");
        if ("h2".equals(r.store)) {
            line("## Targets (H2, this 2-core machine)");
        } else {
            line("## The same targets on " + r.storeName() + " (the issue sets them for H2; shown for comparison)");
        }
        line("");
        line("| Target | Measured | Verdict |");
        line("|---|---|---|");
        Measured new64 = r.appendNew.get(64);
        if (new64 != null) {
            row("Appends ≥ 5,000 commands/s at 64 clients", rate(new64) + " commands/s", verdict(new64.rate() >= 5000));
            double limit = storageOnePerTransaction(r);
            if (limit > 0) {
                row("Appends ≥ ½ the storage limit for one transaction per event (best of 1 and 8 threads: "
                        + String.format("%,.0f", limit) + " rows/s)",
                        String.format("%.2f× the limit", new64.rate() / limit), verdict(new64.rate() >= limit / 2));
            }
        }
        for (Map.Entry<Integer, Measured> hot : r.appendHot.entrySet()) {
            Measured fresh = r.appendNew.get(hot.getKey());
            if (fresh != null && hot.getValue().rate() > 0) {
                double ratio = fresh.rate() / hot.getValue().rate();
                row("Hot entities within 2× of new ones, " + hot.getKey() + " client(s)",
                        String.format("new %s/s, hot %s/s (new/hot = %.2f)", rate(fresh), rate(hot.getValue()), ratio),
                        verdict(ratio <= 2));
            }
        }
        if (r.steadyCommands != null) {
            boolean kept = r.steadyCommands.rate() >= 0.95 * r.steadyRate && r.steadyCommands.errors() == 0;
            row("p99 command latency < 20 ms at " + String.format("%,d", r.steadyRate) + " commands/s",
                    ms(r.steadyCommands.p99Millis()) + " (achieved " + rate(r.steadyCommands) + "/s; the commands alone, "
                            + "with the lag probes polling " + (r.steadyProbedCommands == null ? "—"
                            : ms(r.steadyProbedCommands.p99Millis())) + ")",
                    verdict(kept && r.steadyCommands.p99Millis() < 20));
            row("Projection lag p99 < 200 ms (timeline)", ms(r.lag.p99Millis()) + " (p50 " + ms(r.lag.p50Millis())
                    + ", " + r.lag.ops() + " probes, " + r.lag.errors() + " not seen)",
                    verdict(r.lag.errors() == 0 && r.lag.ops() > 0 && r.lag.p99Millis() < 200));
        }
        queryTarget(r, "Timeline p99 < 10 ms, flat from 10k to 1M events (worst timeline query per size, as-recorded-at "
                + "included)", q -> "loaded".equals(q.conflict()) && q.measured().name().startsWith("timeline"));
        queryTarget(r, "Tally p99 < 10 ms, flat from 10k to 1M events: computed (worst of now and as recorded at "
                + "mid-load; " + claimsOfLoaded(r) + ")", q -> q.measured().name().equals(QueryPhases.TALLY_COMPUTED)
                || q.measured().name().equals(QueryPhases.TALLY_AS_RECORDED));
        queryTarget(r, "Tally p99 < 10 ms, flat from 10k to 1M events: conflict unchanged since the last tally (cache)",
                q -> q.measured().name().equals(QueryPhases.TALLY_CACHED));
        if (r.rebuilds.isEmpty()) {
            row("Rebuild ≥ 30,000 events/s", "—", NOT_MEASURED);
        } else {
            RebuildPhase.Rebuild slow = slowest(r);
            boolean million = slow.head() >= 1_000_000;
            row("Rebuild ≥ 30,000 events/s (every projection, over 1M events)", String.format(
                    "slowest: %s, %,.0f events/s over %,d events", slow.projection(), slow.eventsPerSecond(), slow.head()),
                    verdict(slow.eventsPerSecond() >= 30_000) + (million ? "" : " at " + events(slow.head())
                            + " events (1M not run)"));
        }
        if (r.ready != null) {
            if (r.readyAgain.isEmpty()) {
                row("Ready in < 3 s", seconds(r.ready), verdict(r.ready.toMillis() < 3000));
            } else {
                row("Ready in < 3 s (median of " + (r.readyAgain.size() + 1) + " starts on fresh stores)",
                        seconds(r.readyMedian()) + " (first start " + seconds(r.ready) + "; then "
                                + String.join(", ", r.readyAgain.stream().map(Report::seconds).toList()) + ")",
                        verdict(r.readyMedian().toMillis() < 3000));
            }
        }
        if (r.rssLoadKib > 0) {
            row("< 512 MiB resident under load", mib(r.rssLoadKib) + " (idle " + mib(r.rssIdleKib) + "; heap limit "
                    + (r.heapMaxBytes < 0 ? "—" : (r.heapMaxBytes >> 20) + " MiB") + ")",
                    verdict(r.rssLoadKib < 512 * 1024));
        }
    }

    private void queryTarget(Results r, String target, Predicate<QueryPhases.Query> which) {
        if (r.queries.isEmpty()) {
            return;
        }
        List<Double> bySize = new java.util.ArrayList<>();
        StringBuilder measured = new StringBuilder();
        for (Map.Entry<Long, List<QueryPhases.Query>> size : r.queries.entrySet()) {
            double worst = size.getValue().stream().filter(which).mapToDouble(q -> q.measured().p99Millis())
                    .max().orElse(Double.NaN);
            bySize.add(worst);
            measured.append(measured.length() == 0 ? "" : "; ").append(events(size.getKey())).append(": ")
                    .append(ms(worst));
        }
        double high = bySize.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double growth = growth(bySize);
        if (bySize.size() > 1) {
            measured.append(String.format(" (grows at most %.2f× with the store)", growth));
        }
        boolean reachedMillion = r.queries.keySet().stream().anyMatch(s -> s >= 1_000_000);
        String verdict = verdict(high < 10 && growth <= FLAT);
        if (!reachedMillion) {
            verdict += " up to " + events(r.queries.keySet().stream().mapToLong(Long::longValue).max().orElse(0))
                    + " (1M not run)";
        }
        row(target, measured.toString(), verdict);
    }

    /** "Flat": a query's p99 on a larger store is at most this many times its p99 on a smaller one. */
    static final double FLAT = 2.0;

    /**
     * How much a p99 grows with the store: the largest ratio of the p99 at one size to the p99 at
     * any smaller size ({@code p99BySize} in increasing store size; 1 for a single size). A query
     * that gets faster on a larger store (warm-up, the machine's drift) does not grow; NaN (a size
     * that measured nothing) makes the whole answer NaN, so it cannot pass as flat.
     */
    static double growth(List<Double> p99BySize) {
        double growth = 1;
        for (int larger = 1; larger < p99BySize.size(); larger++) {
            for (int smaller = 0; smaller < larger; smaller++) {
                double ratio = p99BySize.get(larger) / p99BySize.get(smaller);
                if (Double.isNaN(ratio)) {
                    return Double.NaN;
                }
                growth = Math.max(growth, ratio);
            }
        }
        return growth;
    }

    // ---- one store's figures ------------------------------------------------------------------

    private void writes(Results r) {
        line("");
        line("### Writes and transport (" + r.storeName() + ")");
        line("");
        line("| Measurement | Clients | Calls/s | p50 | p99 | max | Errors |");
        line("|---|---|---|---|---|---|---|");
        r.transport.values().forEach(this::measuredRow);
        r.appendNew.values().forEach(this::measuredRow);
        r.appendHot.values().forEach(this::measuredRow);
        if (r.steadyCommands != null) {
            measuredRow(r.steadyCommands);
            measuredRow(r.steadyProbedCommands);
            line("| " + r.lag.name() + " | probes | — | " + ms(r.lag.p50Millis()) + " | " + ms(r.lag.p99Millis())
                    + " | " + ms(r.lag.maxMillis()) + " | " + r.lag.errors() + " |");
        }
        line("");
        line("The write phases ran after the query phases and the rebuild, on a store already holding "
                + String.format("%,d", r.eventsBeforeWrites) + " events. "
                + "Closed loop: each client sends its next call when the previous one answered. The fixed-rate run "
                + "measures each call from when it was due (no coordinated omission); its \"clients\" are the worker "
                + "threads. Lag probes: some of its strikes go to a conflict of their own, polled with ListTimeline "
                + "every millisecond from the command's OK until the strike is on it (so lag includes one query's time). "
                + "The fixed rate runs twice: first the commands alone (the latency target's figure), then with the lag "
                + "probes, whose polling adds about one query per millisecond while a probe is pending.");
        slowStretches("the commands alone", r.steadySlow);
        slowStretches("with lag probes", r.steadyProbedSlow);
    }

    /** Where the fixed-rate run's slow calls fell: stalls of the server, or slowness spread thin. */
    private void slowStretches(String which, SlowStretches slow) {
        if (slow == null || slow.calls() == 0) {
            return;
        }
        int shown = 8;
        List<SlowStretches.Stretch> largest = slow.largest(shown);
        line("");
        line(String.format("Calls of the fixed-rate run (" + which + ") over %.0f ms: %,d of %,d (%.2f%%), in %,d stretch(es) of calls due "
                        + "less than %.0f ms apart%s.", slow.thresholdMillis(), slow.slowCalls(), slow.calls(),
                100.0 * slow.slowCalls() / slow.calls(), slow.stretches().size(), slow.mergeGapMillis(),
                largest.isEmpty() ? "" : largest.size() < slow.stretches().size()
                        ? "; the " + largest.size() + " with the most slow calls" : ""));
        if (largest.isEmpty()) {
            return;
        }
        line("");
        line("| Due from (UTC) | Into the window | Calls due over | Slow calls | Worst |");
        line("|---|---|---|---|---|");
        for (SlowStretches.Stretch s : largest) {
            line(String.format("| %s | %.2f s | %.0f ms | %,d | %s |", s.start().truncatedTo(ChronoUnit.MILLIS),
                    s.offsetSeconds(), s.lengthMillis(),
                    s.slow(), ms(s.worstMillis())));
        }
    }

    private void queries(Results r) {
        if (r.queries.isEmpty()) {
            return;
        }
        line("");
        line("### Queries, one client (" + r.storeName() + ")");
        line("");
        line("| Events stored | Query | Calls | Calls/s | p50 | p99 | max | Errors |");
        line("|---|---|---|---|---|---|---|---|");
        r.queries.forEach((size, list) -> list.forEach(q -> {
            Measured m = q.measured();
            line("| " + events(size) + " | " + m.name() + " | " + String.format("%,d", m.ops()) + " | " + rate(m) + " | "
                    + ms(m.p50Millis()) + " | " + ms(m.p99Millis()) + " | " + ms(m.maxMillis()) + " | " + m.errors()
                    + (m.firstError() == null ? "" : " (" + m.firstError().replace("|", "/") + ")") + " |");
        }));
        line("");
        line("What the queries read. The load fills conflicts of realistic size one after another: "
                + String.format("%,d", QueryPhases.CONFLICT_EVENTS) + " load events each, one in "
                + QueryPhases.CLAIM_EVERY + " a claim about the loader's latest strike in that conflict (by ISPR: an "
                + "exact figure; MUJAHID: \"at least\"; UNAMA: a range with a best estimate; never two by the same "
                + "claimant on one strike), the rest new strikes; so about 1,000 claims per conflict. Every query "
                + "reads the first conflict (GetStrike: any strike of the store). It is complete from about 5k events "
                + "on and then stays the same while the store grows around it: the tally is computed per conflict "
                + "and its cost grows faster than linearly with the conflict's claims, so one conflict taking every "
                + "claim of a 100k-event store (20,000) would describe no real conflict (the whole UCDP GED Pakistan "
                + "extract, 30 years, imports as one conflict of about 28,000 claims). \"As recorded at mid-load\" asks for the "
                + "instant at which half of the queried conflict's events had been recorded. The server keeps each "
                + "computed tally until a claim or strike of its conflict changes: repeating one GetTally measures that "
                + "cache; the \"computed\" rows make every call compute (a window that differs per call yet holds every "
                + "claim; an as-recorded-at instant a microsecond earlier per call), as the first tally after a change "
                + "does. Every call carries the server's development bearer token (JWT, all roles).");
        line("");
        r.snapshots.forEach((size, s) -> line("- At " + events(size) + " events (" + s.conflicts()
                + " conflict(s) loaded): the queried conflict held "
                + String.format("%,d strikes and %,d claims", s.strikes(), s.claims())
                + String.format("; its tally rested on %,d claims", s.tallyClaims())
                + String.format(", as recorded at mid-load (%s, when %,d of its events had been recorded) on %,d.",
                s.asRecordedAt(), s.recordedByThen(), s.tallyClaimsAsRecorded())));
        if (!r.loads.isEmpty()) {
            line("");
            line("Loading (64 clients, strikes and claims, not a target): " + String.join("; ", r.loads.stream()
                    .map(m -> m.name() + " at " + rate(m) + " commands/s").toList()) + ".");
        }
    }

    private void rebuild(Results r) {
        if (r.rebuilds.isEmpty()) {
            return;
        }
        line("");
        line("### Rebuild (" + r.storeName() + ")");
        line("");
        line("| Projection | Events replayed (store head) | Seconds | Events/s |");
        line("|---|---|---|---|");
        double total = 0;
        for (RebuildPhase.Rebuild b : r.rebuilds) {
            total += b.seconds();
            line(String.format("| %s | %,d | %.2f | %,.0f |", b.projection(), b.head(), b.seconds(), b.eventsPerSecond()));
        }
        line(String.format("| all, one after another | %,d each | %.2f | — |", r.rebuilds.get(0).head(), total));
        line("");
        line("After the queries at the largest size, once every read model had caught up: one "
                + "`AdminService.RebuildProjection` call with an empty name, which resets and replays every projection "
                + "in turn. Each time runs from the end of the previous projection (the call's start for the first) to "
                + "its `done` message; the server reports progress every 200 ms, so a time can be late by up to that. "
                + "Events/s is the store head divided by the time; nothing else was writing.");
    }

    private void importRate(Results r) {
        if (r.imported == null) {
            return;
        }
        ImportPhase.Import i = r.imported;
        line("");
        line("### Import (" + r.storeName() + ")");
        line("");
        line("| File | Rows | Seconds | Rows/s | Imported | Unchanged | Revised | Rejected | Failed | Warnings | Events written | Events/s | Exit code |");
        line("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        line(String.format("| %s | %,d | %.2f | %,.0f | %,d | %,d | %,d | %,d | %,d | %,d | %,d | %,.0f | %d |",
                i.file(), i.rows(), i.seconds(), i.rowsPerSecond(), i.imported(), i.unchanged(), i.revised(),
                i.rejected(), i.failed(), i.warnings(), i.eventsWritten(), i.eventsPerSecond(), i.exitCode()));
        line("");
        line("`java -jar client-cli/target/warledger-client-cli-*-all.jar import ucdp-ged FILE --server localhost:PORT` "
                + "as its own process (default JVM options), timed from its start to its exit: CLI start-up and CSV "
                + "parsing included. It streams every row through `ImportService.ImportRecords` (at most 64 rows "
                + "unanswered). It ran last, on a store already holding " + String.format("%,d", r.eventsBeforeImport)
                + " events; each row becomes a strike and up to five claims (plus party registrations on first sight).");
    }

    private void baselines(Results r) {
        if (r.storage.isEmpty()) {
            return;
        }
        line("");
        line("### Storage limit: plain JDBC, same event rows, fresh database, same durability (" + r.storeName() + ")");
        line("");
        line("| Insert pattern | Threads | Rows/s | p50 per transaction | p99 per transaction |");
        line("|---|---|---|---|---|");
        r.storage.values().forEach(m -> line("| " + m.name() + " | " + m.clients() + " | " + rate(m) + " | "
                + ms(m.p50Millis()) + " | " + ms(m.p99Millis()) + " |"));
        line("");
        line("Each row is a copy of a `StrikeRecorded` row the server stored in this run (about " + r.templateBytes
                + " bytes), inserted into `domain_event_entry` as created by the server's own migration "
                + "(same constraints and indexes) in a fresh " + ("postgresql".equals(r.store)
                ? "database on the same PostgreSQL server" : "H2 file (`WRITE_DELAY=0`, as the server's)")
                + "; only ids and positions differ.");
    }

    private void phases(Results r) {
        if (r.phaseSeconds.isEmpty()) {
            return;
        }
        line("");
        line("### Run time by phase (" + r.storeName() + ")");
        line("");
        line("| Phase | Seconds |");
        line("|---|---|");
        r.phaseSeconds.forEach((name, s) -> line(String.format("| %s | %.1f |", name, s)));
    }

    private void machine() {
        Machine m = run.machine;
        line("");
        line("## Machine and run");
        line("");
        line("- Date: " + run.date);
        line("- CPUs (nproc): " + m.cpus() + "; CPU: " + m.cpuModel() + "; RAM: " + m.memory());
        line("- JVM (server, load generator and CLI): " + m.jvm() + "; OS: " + m.os());
        line("- Server JVM options: " + (run.serverJvmArgs.isBlank() ? "none" : "`" + run.serverJvmArgs + "`")
                + (run.serverEnv.isBlank() ? "" : ", environment `" + run.serverEnv + "`")
                + " (" + run.serverJvmArgsOrigin + "); the load generator and the CLI run with the JVM's defaults.");
        for (Results r : run.stores) {
            if (r.ready == null) {
                continue;
            }
            line("- " + r.storeName() + ": events stored at the end: " + String.format("%,d", r.eventsStoredAtEnd)
                    + (r.storeBytes < 0 || r.eventsStoredAtEnd == 0 ? "" : String.format(
                    "; %s after the run: %,d MiB (%,d bytes per event, read models included)",
                    "postgresql".equals(r.store) ? "database size" : "data directory", r.storeBytes >> 20,
                    r.storeBytes / r.eventsStoredAtEnd))
                    + "; peak RSS (VmHWM) " + mib(r.rssPeakKib) + ".");
        }
        line("- Concurrency: " + run.clientCounts + " clients (blocking stubs, a thread each, one HTTP/2 connection "
                + "per 16 clients).");
        line("- Memory: RSS read from `/proc/<pid>/status` (VmRSS) idle after start and sampled every 250 ms "
                + "from then until the end of the fixed-rate run (loading, queries, rebuild and writes).");
    }

    private void notes() {
        boolean any = !run.notes.isEmpty() || run.stores.stream().anyMatch(r -> !r.notes.isEmpty());
        if (!any) {
            return;
        }
        line("");
        line("## Not measured, and other notes");
        run.notes.forEach(n -> line("- " + n));
        for (Results r : run.stores) {
            r.notes.forEach(n -> line("- " + r.storeName() + ": " + n));
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static String claimsOfLoaded(Results r) {
        return r.snapshots.isEmpty() ? "no claims loaded" : String.format("the queried conflict held %,d claims at the "
                + "largest size", r.snapshots.lastEntry().getValue().claims());
    }

    private static RebuildPhase.Rebuild slowest(Results r) {
        return r.rebuilds.stream().min(java.util.Comparator.comparingDouble(RebuildPhase.Rebuild::eventsPerSecond))
                .orElseThrow();
    }

    private static double storageOnePerTransaction(Results r) {
        return r.storage.values().stream().filter(m -> m.name().contains("1 row")).mapToDouble(Measured::rate)
                .max().orElse(0);
    }

    private void measuredRow(Measured m) {
        line("| " + m.name() + " | " + m.clients() + " | " + rate(m) + " | " + ms(m.p50Millis()) + " | "
                + ms(m.p99Millis()) + " | " + ms(m.maxMillis()) + " | " + m.errors()
                + (m.firstError() == null ? "" : " (" + m.firstError().replace("|", "/") + ")") + " |");
    }

    private void row(String target, String measured, String verdict) {
        line("| " + target + " | " + measured + " | " + verdict + " |");
    }

    private static String verdict(boolean met) {
        return met ? MET : MISSED;
    }

    private static String rate(Measured m) {
        return String.format("%,.0f", m.rate());
    }

    private static String rateOrDash(Measured m) {
        return m == null ? "—" : rate(m);
    }

    private static String ms(double millis) {
        return Double.isNaN(millis) ? "—" : String.format("%.2f ms", millis);
    }

    private static String seconds(java.time.Duration d) {
        return d == null ? "—" : String.format("%.2f s", d.toMillis() / 1000.0);
    }

    private static String mib(long kib) {
        return kib < 0 ? "—" : String.format("%,d MiB", kib / 1024);
    }

    static String events(long n) {
        return n >= 1_000_000 && n % 1_000_000 == 0 ? n / 1_000_000 + "M"
                : n >= 1000 && n % 1000 == 0 ? n / 1000 + "k" : String.format("%,d", n);
    }

    private void line(String s) {
        md.append(s).append('\n');
    }
}
