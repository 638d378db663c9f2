package org.warledger.bench;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * For each store: starts the server on a fresh store, runs every measurement against it over
 * gRPC, stops it, and runs the storage baseline on the same database; then writes the report.
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run every measurement and write the report.")
final class RunCommand implements Callable<Integer> {

    /** The p99 target at the fixed rate: calls slower than this are listed by where they fell. */
    private static final double P99_TARGET_MILLIS = 20.0;

    @Option(names = "--server-jar", defaultValue = "api-server/target/quarkus-app/quarkus-run.jar",
            description = "The packaged server (default: ${DEFAULT-VALUE}).")
    Path serverJar;
    @Option(names = "--cli-jar", description = "The CLI's shaded jar, for the import (default: "
            + "client-cli/target/warledger-client-cli-*-all.jar).")
    Path cliJar;
    @Option(names = "--import-file", defaultValue = "../shared/data/ucdp-ged-pakistan-1989-2019.csv",
            description = "UCDP GED CSV imported through the CLI (default: ${DEFAULT-VALUE}).")
    Path importFile;
    @Option(names = "--work-dir", description = "Where the server's and the baseline's databases go (must not exist).")
    Path workDir;
    @Option(names = "--out", defaultValue = "docs/BENCHMARKS.md", description = "Report file (default: ${DEFAULT-VALUE}).")
    Path out;
    @Option(names = "--quick", description = "Short windows and small stores: a smoke run of the harness.")
    boolean quick;
    @Option(names = "--sizes", split = ",", description = "Store sizes (events) to time the queries at. "
            + "Default 10000,100000 (quick: 2000,5000).")
    List<Long> sizes;
    @Option(names = "--pg-sizes", split = ",", description = "Store sizes for PostgreSQL (default: those of "
            + "--sizes up to 100000; loading PostgreSQL to 1M as well would take another half hour).")
    List<Long> pgSizes;
    @Option(names = "--clients", split = ",", defaultValue = "1,8,64",
            description = "Concurrent clients of the write and transport phases (default: ${DEFAULT-VALUE}).")
    List<Integer> clientCounts;
    @Option(names = "--rate", defaultValue = "1000", description = "Commands/s of the two fixed-rate runs: the commands alone (latency), then with lag probes"
            + " polling their timelines (lag).")
    int rate;
    @Option(names = "--store", defaultValue = "h2", description = "h2, postgresql or both (H2 first).")
    String store;
    @Option(names = "--server-jvm-arg", description = "JVM option for every server started (e.g. -Xmx512m).")
    List<String> serverJvmArgs = new ArrayList<>();
    @Option(names = "--server-env", description = "NAME=VALUE set in every server's environment "
            + "(e.g. MALLOC_ARENA_MAX=2).")
    List<String> serverEnv = new ArrayList<>();
    @Option(names = "--server-jvm-args-origin", defaultValue = "given on the command line",
            description = "Where the server JVM options come from, for the report.")
    String serverJvmArgsOrigin;
    @Option(names = "--migration", defaultValue = "projections/src/main/resources/db/migration/V1__event_store.sql",
            description = "The server's event-store migration, run on the baseline's fresh database.")
    Path migration;
    @Option(names = "--pg-url", description = "JDBC URL of the empty PostgreSQL database the server uses.")
    String pgUrl;
    @Option(names = "--pg-baseline-url", description = "JDBC URL of an empty PostgreSQL database for the baseline.")
    String pgBaselineUrl;
    @Option(names = "--pg-user", defaultValue = "postgres", description = "PostgreSQL user (server and baseline).")
    String pgUser;
    @Option(names = "--pg-password", defaultValue = "", description = "PostgreSQL password (server and baseline).")
    String pgPassword;
    @Option(names = "--only", split = ",", description = "Run only these phases (for profiling; the report "
            + "then has gaps): transport, queries, rebuild, appends, steady, import, baseline.")
    java.util.Set<String> only;
    @Option(names = "--note", description = "A line for the report's notes (e.g. what run.sh skipped).")
    List<String> notes = new ArrayList<>();

    private Run run;

    @Override
    public Integer call() throws Exception {
        long began = System.nanoTime();
        run = new Run();
        run.mode = quick ? "quick" : "full";
        run.date = ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME);
        run.machine = Machine.current();
        run.serverJvmArgs = String.join(" ", serverJvmArgs);
        run.serverEnv = String.join(" ", serverEnv);
        run.serverJvmArgsOrigin = serverJvmArgsOrigin;
        run.clientCounts = clientCounts;
        run.warmup = Duration.ofSeconds(quick ? 1 : 2);
        run.measure = Duration.ofSeconds(quick ? 3 : 5);
        run.queryWarmup = Duration.ofMillis(quick ? 500 : 1000);
        run.queryMeasure = Duration.ofSeconds(quick ? 2 : 4);
        run.queryFirstWarmup = Duration.ofSeconds(quick ? 1 : 3);
        run.steadyMeasure = Duration.ofSeconds(quick ? 5 : 15);
        notes.forEach(run::note);
        if (sizes == null) {
            sizes = quick ? List.of(2_000L, 5_000L) : List.of(10_000L, 100_000L);
        }
        if (pgSizes == null) {
            pgSizes = sizes.stream().filter(n -> n <= 100_000L).toList();
        }
        if (workDir == null) {
            workDir = Path.of("bench", "target", "run-" + System.currentTimeMillis());
        }
        if (cliJar == null) {
            cliJar = findCliJar();
        }
        List<String> stores = switch (store) {
            case "both" -> List.of("h2", "postgresql");
            case "h2", "postgresql" -> List.of(store);
            default -> throw new IllegalArgumentException("--store must be h2, postgresql or both, not " + store);
        };
        for (String s : stores) {
            Results r = new Results(s);
            r.sizes = "postgresql".equals(s) && pgSizes != null ? pgSizes : sizes;
            run.stores.add(r);
            if ("postgresql".equals(s) && (pgUrl == null || pgBaselineUrl == null)) {
                r.note("not run: --pg-url and --pg-baseline-url are needed (bench/run.sh creates the databases).");
                continue;
            }
            runStore(r);
        }
        run.totalTime = Duration.ofNanos(System.nanoTime() - began);
        Files.createDirectories(out.toAbsolutePath().getParent());
        if (Files.isRegularFile(out)) {
            run.analysis = Run.analysisIn(Files.readString(out));
        }
        Files.writeString(out, new Report(run).render());
        System.out.println("wrote " + out + " in " + run.totalTime.toSeconds() + " s");
        return 0;
    }

    private void runStore(Results r) throws Exception {
        long began = System.nanoTime();
        Path storeDir = workDir.resolve(r.store);
        Files.createDirectories(storeDir);
        Path dataDir = storeDir.resolve("server-data");
        List<String> jvm = new ArrayList<>(serverJvmArgs);
        if ("postgresql".equals(r.store)) {
            List<String> pg = List.of("-Dwarledger.store=postgresql", "-Dwarledger.postgresql.url=" + pgUrl,
                    "-Dwarledger.postgresql.user=" + pgUser, "-Dwarledger.postgresql.password=" + pgPassword);
            jvm.addAll(pg);
            r.storeJvmArgs = String.join(" ", pg.subList(0, 3)) + " -Dwarledger.postgresql.password=…";
        }
        String runId = UUID.randomUUID().toString().substring(0, 6);
        ServerProcess server = ServerProcess.start(serverJar, dataDir, freePort(), jvm, serverEnv,
                storeDir.resolve("server.log"));
        try {
            measureServer(r, server, runId, storeDir);
            if ("postgresql".equals(r.store)) {
                r.storeBytes = pgDatabaseBytes();
            }
        } finally {
            server.close();
        }
        if (!"postgresql".equals(r.store)) {
            r.storeBytes = sizeOf(dataDir);
            if (runs("transport")) phase(r, "ready again (2 starts on fresh stores)", () -> readyAgain(r, storeDir, jvm));
        }
        if (runs("baseline")) phase(r, "storage baseline (plain JDBC)", () -> storageBaseline(r, dataDir, storeDir));
        r.phaseSeconds.put("total for " + r.storeName(), (System.nanoTime() - began) / 1e9);
    }

    /** The first start may find the jars cold on disk; two more starts, each on a fresh store, show the usual. */
    private void readyAgain(Results r, Path storeDir, List<String> jvm) throws Exception {
        for (int i = 1; i <= 2; i++) {
            Path fresh = storeDir.resolve("ready-" + i);
            ServerProcess again = ServerProcess.start(serverJar, fresh, freePort(), jvm, serverEnv,
                    storeDir.resolve("ready-" + i + ".log"));
            try {
                r.readyAgain.add(again.awaitReady(Duration.ofSeconds(60)));
                System.out.printf("%s server started again on a fresh store: ready after %d ms%n", r.storeName(),
                        r.readyAgain.get(r.readyAgain.size() - 1).toMillis());
            } finally {
                again.close();
            }
        }
    }

    private void measureServer(Results r, ServerProcess server, String runId, Path storeDir) throws Exception {
        long began = System.nanoTime();
        r.ready = server.awaitReady(Duration.ofSeconds(60));
        System.out.printf("%s server pid %d ready on port %d after %d ms%n", r.storeName(), server.pid(),
                server.port(), r.ready.toMillis());
        Thread.sleep(2000);
        r.rssIdleKib = server.rssKib();
        r.heapMaxBytes = server.heapMaxBytes();
        r.phaseSeconds.put("start, ready, idle memory", (System.nanoTime() - began) / 1e9);
        int maxClients = clientCounts.stream().mapToInt(Integer::intValue).max().orElse(1);
        StrikeRequests requests = new StrikeRequests(runId);
        String token = server.devToken();
        if (token == null) {
            r.note("The server wrote no development token (data directory/dev-token): calls go without one.");
        }
        try (Clients clients = new Clients("localhost", server.port(), Clients.connectionsFor(maxClients), token);
             RssSampler rss = new RssSampler(server)) {
            Duration warm = run.warmup;
            BenchRegistry.registerAll(clients);
            if (runs("transport")) phase(r, "transport", () -> {
                ClosedLoop.run("warm-up health", 8, Duration.ZERO, warm, (c, s) -> clients.healthCheck(c));
                for (int n : clientCounts) {
                    r.transport.put(n, print(ClosedLoop.run("transport (grpc.health.v1.Health/Check)", n, warm,
                            run.measure, (c, s) -> clients.healthCheck(c))));
                }
            });
            // queries first, each size loaded in turn; the rebuild and the write phases then run on the largest store
            QueryPhases queries = new QueryPhases(clients, requests, runId, run.queryWarmup, run.queryMeasure);
            for (long size : runs("queries") ? r.sizes : List.<Long>of()) {
                queriesAt(r, server, queries, size);
            }
            if (runs("rebuild")) phase(r, "rebuild every projection", () -> {
                server.awaitProjectionsCaughtUp(Duration.ofMinutes(5));
                r.rebuilds.addAll(RebuildPhase.rebuildAll(clients));
                server.awaitProjectionsCaughtUp(Duration.ofMinutes(5));
            });
            r.eventsBeforeWrites = server.storeHead();
            WritePhases writes = new WritePhases(clients, requests, runId, warm, run.measure);
            if (runs("appends")) phase(r, "appends (new, hot)", () -> {
                // each measurement starts with the read models caught up, so none pays for the last one's backlog
                for (int n : clientCounts) {
                    server.awaitProjectionsCaughtUp(Duration.ofMinutes(5));
                    r.appendNew.put(n, print(writes.newEntities(n)));
                    server.awaitProjectionsCaughtUp(Duration.ofMinutes(5));
                    r.appendHot.put(n, print(writes.hotEntities(n)));
                }
            });
            if (runs("steady")) phase(r, "steady rate and projection lag", () -> {
                WritePhases steadyWrites = new WritePhases(clients, requests, runId, warm, run.steadyMeasure);
                r.steadyRate = rate;
                server.awaitProjectionsCaughtUp(Duration.ofMinutes(5));
                // the latency target's run: the commands alone, as the target states them
                WritePhases.Steady alone = steadyWrites.steady(rate, 64, 0, P99_TARGET_MILLIS);
                r.steadyCommands = print(alone.commands());
                r.steadySlow = printSlow(alone.slow());
                // then the lag: probes polled every millisecond, which adds about a query per ms
                server.awaitProjectionsCaughtUp(Duration.ofMinutes(5));
                WritePhases.Steady probed = steadyWrites.steady(rate, 64, 20, P99_TARGET_MILLIS);
                r.steadyProbedCommands = print(probed.commands());
                r.steadyProbedSlow = printSlow(probed.slow());
                r.lag = print(probed.lag());
            });
            r.rssLoadKib = rss.takeWindowMax();
            if (runs("import")) phase(r, "import (CLI process)", () -> importFile(r, server, storeDir));
            r.eventsStoredAtEnd = server.storeHead();
            r.rssPeakKib = server.peakRssKib();
        }
    }

    private void importFile(Results r, ServerProcess server, Path storeDir) throws Exception {
        if (cliJar == null || !Files.isRegularFile(cliJar)) {
            r.note("Import not measured: no CLI jar (client-cli/target/warledger-client-cli-*-all.jar; build first).");
            return;
        }
        if (!Files.isRegularFile(importFile)) {
            r.note("Import not measured: " + importFile + " is not there (--import-file).");
            return;
        }
        server.awaitProjectionsCaughtUp(Duration.ofMinutes(5));
        r.eventsBeforeImport = server.storeHead();
        r.imported = ImportPhase.run(cliJar, importFile, server, server.devTokenFile(), storeDir.resolve("import.log"));
    }

    private void queriesAt(Results r, ServerProcess server, QueryPhases queries, long size) throws Exception {
        long began = System.nanoTime();
        Measured load = queries.loadTo(size, server);
        if (load == null) {
            r.note("The store already held " + server.storeHead() + " events when the " + size
                    + "-event queries were due; they ran at that size.");
        } else {
            r.loads.add(print(load));
        }
        server.awaitProjectionsCaughtUp(Duration.ofMinutes(10));
        r.phaseSeconds.put("load to " + Report.events(size) + " events", (System.nanoTime() - began) / 1e9);
        began = System.nanoTime();
        long stored = server.storeHead();
        r.snapshots.put(stored, queries.snapshot());
        if (r.queries.isEmpty()) {
            queries.warmUp(run.queryFirstWarmup);
        }
        List<QueryPhases.Query> measured = queries.queries();
        measured.forEach(q -> print(q.measured()));
        r.queries.put(stored, measured);
        r.phaseSeconds.put("queries at " + Report.events(size) + " events", (System.nanoTime() - began) / 1e9);
    }

    private void storageBaseline(Results r, Path dataDir, Path storeDir) throws Exception {
        StorageBaseline.Template template;
        StorageBaseline baseline;
        if ("postgresql".equals(r.store)) {
            template = StorageBaseline.template(pgUrl, pgUser, pgPassword);
            baseline = new StorageBaseline(pgBaselineUrl, pgUser, pgPassword);
        } else {
            template = StorageBaseline.template("jdbc:h2:file:" + dataDir.toAbsolutePath() + "/warledger", "sa", "");
            Path fresh = storeDir.resolve("baseline-h2").toAbsolutePath();
            baseline = new StorageBaseline("jdbc:h2:file:" + fresh + "/baseline;WRITE_DELAY=0;LOCK_TIMEOUT=10000",
                    "sa", "");
        }
        r.templateBytes = template.bytes();
        baseline.createSchema(migration);
        AtomicLong positions = new AtomicLong();
        r.storage.put("1x1", print(baseline.run("1 row per transaction", template, 1, 1, run.warmup, run.measure,
                positions)));
        r.storage.put("8x1", print(baseline.run("1 row per transaction", template, 8, 1, run.warmup, run.measure,
                positions)));
        r.storage.put("1x100", print(baseline.run("100 rows per transaction", template, 1, 100, run.warmup,
                run.measure, positions)));
    }

    private long pgDatabaseBytes() {
        try (Connection c = DriverManager.getConnection(pgUrl, pgUser, pgPassword);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_database_size(current_database())")) {
            return rs.next() ? rs.getLong(1) : -1;
        } catch (Exception e) {
            return -1;
        }
    }

    @FunctionalInterface
    private interface Phase {
        void run() throws Exception;
    }

    private boolean runs(String phase) {
        return only == null || only.contains(phase);
    }

    private static void phase(Results r, String name, Phase body) throws Exception {
        long began = System.nanoTime();
        body.run();
        double seconds = (System.nanoTime() - began) / 1e9;
        r.phaseSeconds.put(name, seconds);
        System.out.printf("phase %s (%s): %.1f s%n", name, r.store, seconds);
    }

    private static Measured print(Measured m) {
        System.out.println(m.summary());
        return m;
    }

    private static SlowStretches printSlow(SlowStretches slow) {
        System.out.printf("  over %.0f ms: %d of %d calls, in %d stretch(es)%n", slow.thresholdMillis(),
                slow.slowCalls(), slow.calls(), slow.stretches().size());
        slow.largest(5).forEach(s -> System.out.printf("  at %s (+%.2f s): %.0f ms of calls, %d slow, worst %.1f ms%n",
                s.start(), s.offsetSeconds(), s.lengthMillis(), s.slow(), s.worstMillis()));
        return slow;
    }

    private static Path findCliJar() throws java.io.IOException {
        Path dir = Path.of("client-cli", "target");
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("warledger-client-cli-.*-all\\.jar"))
                    .findFirst().orElse(null);
        }
    }

    private static long sizeOf(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
