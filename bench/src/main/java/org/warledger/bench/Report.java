package org.warledger.bench;

import java.util.List;
import java.util.Map;

/** Writes docs/BENCHMARKS.md: the targets with a verdict each, then every figure and the machine. */
final class Report {

    private static final String MET = "**met**";
    private static final String MISSED = "**missed**";
    private static final String NOT_MEASURED = "not measured";

    private final Results r;
    private final StringBuilder md = new StringBuilder();

    Report(Results r) {
        this.r = r;
    }

    String render() {
        line("# Benchmarks");
        line("");
        line("Written by `bench/run.sh" + ("quick".equals(r.mode) ? " --quick" : "") + "` on " + r.date
                + " (" + r.mode + " run, store: " + r.store + ", " + seconds(r.totalTime) + " in all). "
                + "Every figure comes from real gRPC calls to a server process started on a fresh data directory; "
                + "the baselines ran in the same run on the same machine.");
        line("");
        line("Run it with `bench/run.sh` (full, about 5 minutes on 2 cores), `bench/run.sh --quick` (smoke run), "
                + "`bench/run.sh --sizes 10000,100000,1000000` (adds the 1M-event queries; loading takes minutes) or "
                + "`bench/run.sh --store postgresql`. The harness is the `bench/` module "
                + "(`java -jar bench/target/warledger-bench.jar run --help`).");
        if ("quick".equals(r.mode)) {
            line("");
            line("> **Smoke run (`--quick`)**: short windows and small stores. These figures validate the harness; "
                    + "they are not the ones to judge the targets by.");
        }
        targets();
        writes();
        queries();
        baselines();
        machine();
        if (!r.notes.isEmpty()) {
            line("");
            line("## Not measured, and other notes");
            r.notes.forEach(n -> line("- " + n));
        }
        return md.toString();
    }

    private void targets() {
        line("");
        line("## Targets (H2, this 2-core machine)");
        line("");
        line("| Target | Measured | Verdict |");
        line("|---|---|---|");
        Measured new64 = r.appendNew.get(64);
        if (new64 != null) {
            row("Appends ≥ 5,000 commands/s at 64 clients", rate(new64) + " commands/s", verdict(new64.rate() >= 5000));
            double limit = storageOnePerTransaction();
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
                    ms(r.steadyCommands.p99Millis()) + " (achieved " + rate(r.steadyCommands) + "/s)",
                    verdict(kept && r.steadyCommands.p99Millis() < 20));
            row("Projection lag p99 < 200 ms (timeline)", ms(r.lag.p99Millis()) + " (p50 " + ms(r.lag.p50Millis())
                    + ", " + r.lag.ops() + " probes, " + r.lag.errors() + " not seen)",
                    verdict(r.lag.errors() == 0 && r.lag.ops() > 0 && r.lag.p99Millis() < 200));
        }
        queryTarget();
        row("Tally p99 < 10 ms, flat from 10k to 1M events", "—", NOT_MEASURED + " (no tally RPC in this build)");
        row("Rebuild ≥ 30,000 events/s", "—", NOT_MEASURED + " (no admin rebuild RPC in this build)");
        if (r.ready != null) {
            row("Ready in < 3 s", seconds(r.ready), verdict(r.ready.toMillis() < 3000));
        }
        if (r.rssLoadKib > 0) {
            row("< 512 MiB resident under load", mib(r.rssLoadKib) + " (idle " + mib(r.rssIdleKib) + ")",
                    verdict(r.rssLoadKib < 512 * 1024));
        }
    }

    private void queryTarget() {
        if (r.queries.isEmpty()) {
            return;
        }
        double low = Double.MAX_VALUE;
        double high = 0;
        StringBuilder measured = new StringBuilder();
        for (Map.Entry<Long, List<Measured>> size : r.queries.entrySet()) {
            double worst = size.getValue().stream().filter(m -> m.name().startsWith("timeline"))
                    .mapToDouble(Measured::p99Millis).max().orElse(Double.NaN);
            low = Math.min(low, worst);
            high = Math.max(high, worst);
            measured.append(measured.length() == 0 ? "" : "; ").append(events(size.getKey())).append(": ")
                    .append(ms(worst));
        }
        boolean reachedMillion = r.queries.keySet().stream().anyMatch(s -> s >= 1_000_000);
        String verdict = verdict(high < 10 && high <= 2 * low);
        if (!reachedMillion) {
            verdict += " up to " + events(r.queries.keySet().stream().mapToLong(Long::longValue).max().orElse(0))
                    + " (1M not run)";
        }
        row("Timeline p99 < 10 ms, flat from 10k to 1M events (worst timeline query per size)",
                measured.toString(), verdict);
    }

    private void writes() {
        line("");
        line("## Writes and transport");
        line("");
        line("| Measurement | Clients | Calls/s | p50 | p99 | max | Errors |");
        line("|---|---|---|---|---|---|---|");
        r.transport.values().forEach(this::measuredRow);
        r.appendNew.values().forEach(this::measuredRow);
        r.appendHot.values().forEach(this::measuredRow);
        if (r.steadyCommands != null) {
            measuredRow(r.steadyCommands);
            line("| " + r.lag.name() + " | probes | — | " + ms(r.lag.p50Millis()) + " | " + ms(r.lag.p99Millis())
                    + " | " + ms(r.lag.maxMillis()) + " | " + r.lag.errors() + " |");
        }
        line("");
        line("The write phases ran after the query phases, on a store already holding "
                + String.format("%,d", r.eventsBeforeWrites) + " events. "
                + "Closed loop: each client sends its next call when the previous one answered (warm-up "
                + seconds(r.warmup) + ", then " + seconds(r.measure) + " measured). The fixed-rate run measures "
                + "each call from when it was due (no coordinated omission); its \"clients\" are the worker threads. "
                + "Lag probes: some of its strikes go to a conflict of their own, polled with ListTimeline every "
                + "millisecond from the command's OK until the strike is on it (so lag includes one query's time).");
    }

    private void queries() {
        if (r.queries.isEmpty()) {
            return;
        }
        line("");
        line("## Queries (one client)");
        line("");
        line("| Events stored | Entries on the conflict queried | Query | Calls/s | p50 | p99 | max |");
        line("|---|---|---|---|---|---|---|");
        r.queries.forEach((size, list) -> list.forEach(m -> line("| " + events(size) + " | "
                + String.format("%,d", r.bigConflictEntries.getOrDefault(size, 0L)) + " | " + m.name() + " | "
                + rate(m) + " | " + ms(m.p50Millis()) + " | " + ms(m.p99Millis()) + " | " + ms(m.maxMillis()) + " |")));
        if (!r.loads.isEmpty()) {
            line("");
            line("Loading (64 clients, new strikes, not a target): " + String.join("; ", r.loads.stream()
                    .map(m -> m.name() + " at " + rate(m) + " commands/s").toList()) + ".");
        }
    }

    private void baselines() {
        if (r.storage.isEmpty()) {
            return;
        }
        line("");
        line("## Storage limit (plain JDBC, same event rows, fresh database, same durability)");
        line("");
        line("| Insert pattern | Threads | Rows/s | p50 per transaction | p99 per transaction |");
        line("|---|---|---|---|---|");
        r.storage.values().forEach(m -> line("| " + m.name() + " | " + m.clients() + " | " + rate(m) + " | "
                + ms(m.p50Millis()) + " | " + ms(m.p99Millis()) + " |"));
        line("");
        line("Each row is a copy of a `StrikeRecorded` row the server stored in this run (about " + r.templateBytes
                + " bytes), inserted into `domain_event_entry` as created by the server's own migration "
                + "(same constraints and indexes); only ids and positions differ.");
    }

    private void machine() {
        Machine m = r.machine;
        line("");
        line("## Machine and run");
        line("");
        line("- Date: " + r.date);
        line("- CPUs (nproc): " + m.cpus() + "; CPU: " + m.cpuModel() + "; RAM: " + m.memory());
        line("- JVM (server and load generator): " + m.jvm() + "; OS: " + m.os());
        line("- Server JVM options: " + (r.serverJvmArgs.isBlank()
                ? "none (JVM defaults: the maximum heap is a quarter of RAM, so RSS under load reflects how far "
                + "the heap is allowed to grow, not only what the server needs)" : "`" + r.serverJvmArgs + "`"));
        line("- Store: " + r.store + "; events stored at the end: " + String.format("%,d", r.eventsStoredAtEnd)
                + (r.storeBytes < 0 || r.eventsStoredAtEnd == 0 ? "" : String.format(
                "; data directory after shutdown: %,d MiB (%,d bytes per event)", r.storeBytes >> 20,
                r.storeBytes / r.eventsStoredAtEnd)));
        line("- Concurrency: " + r.clientCounts + " clients (blocking stubs, a thread each, one HTTP/2 connection "
                + "per 16 clients); load generator and server share the machine's cores.");
        line("- Memory: RSS read from `/proc/<pid>/status` (VmRSS) idle after start and sampled every 250 ms "
                + "under load; peak VmHWM " + mib(r.rssPeakKib) + ".");
    }

    private double storageOnePerTransaction() {
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

    private static String ms(double millis) {
        return Double.isNaN(millis) ? "—" : String.format("%.2f ms", millis);
    }

    private static String seconds(java.time.Duration d) {
        return d == null ? "—" : String.format("%.2f s", d.toMillis() / 1000.0);
    }

    private static String mib(long kib) {
        return kib < 0 ? "—" : String.format("%,d MiB", kib / 1024);
    }

    private static String events(long n) {
        return n >= 1_000_000 && n % 1_000_000 == 0 ? n / 1_000_000 + "M"
                : n >= 1000 && n % 1000 == 0 ? n / 1000 + "k" : String.format("%,d", n);
    }

    private void line(String s) {
        md.append(s).append('\n');
    }
}
