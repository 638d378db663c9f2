package org.warledger.bench;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Starts the server on a fresh store, runs every measurement against it over gRPC, stops it,
 * runs the storage baseline, and writes the report.
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run every measurement and write the report.")
final class RunCommand implements Callable<Integer> {

    @Option(names = "--server-jar", defaultValue = "api-server/target/quarkus-app/quarkus-run.jar",
            description = "The packaged server (default: ${DEFAULT-VALUE}).")
    Path serverJar;
    @Option(names = "--work-dir", description = "Where the server's and the baseline's databases go (must not exist).")
    Path workDir;
    @Option(names = "--out", defaultValue = "docs/BENCHMARKS.md", description = "Report file (default: ${DEFAULT-VALUE}).")
    Path out;
    @Option(names = "--quick", description = "Short windows and small stores: a smoke run of the harness.")
    boolean quick;
    @Option(names = "--sizes", split = ",", description = "Store sizes (events) to time the queries at. "
            + "Default 10000,100000 (quick: 2000,5000).")
    List<Long> sizes;
    @Option(names = "--clients", split = ",", defaultValue = "1,8,64",
            description = "Concurrent clients of the write and transport phases (default: ${DEFAULT-VALUE}).")
    List<Integer> clientCounts;
    @Option(names = "--rate", defaultValue = "1000", description = "Commands/s of the steady run (lag, latency).")
    int rate;
    @Option(names = "--store", defaultValue = "h2", description = "h2 or postgresql.")
    String store;
    @Option(names = "--server-jvm-arg", description = "Extra JVM/system property argument for the server.")
    List<String> serverJvmArgs = new ArrayList<>();
    @Option(names = "--migration", defaultValue = "projections/src/main/resources/db/migration/V1__event_store.sql",
            description = "The server's event-store migration, run on the baseline's fresh database.")
    Path migration;
    @Option(names = "--pg-url", description = "JDBC URL of the PostgreSQL database the server uses (template row).")
    String pgUrl;
    @Option(names = "--pg-baseline-url", description = "JDBC URL of an empty PostgreSQL database for the baseline.")
    String pgBaselineUrl;
    @Option(names = "--pg-user", defaultValue = "postgres", description = "PostgreSQL user for the baseline.")
    String pgUser;
    @Option(names = "--pg-password", defaultValue = "", description = "PostgreSQL password for the baseline.")
    String pgPassword;
    @Option(names = "--note", description = "A line for the report's notes (e.g. what run.sh skipped).")
    List<String> notes = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        long began = System.nanoTime();
        Results r = new Results();
        r.mode = quick ? "quick" : "full";
        r.store = store;
        r.date = ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME);
        r.machine = Machine.current();
        r.serverJvmArgs = String.join(" ", serverJvmArgs);
        r.clientCounts = clientCounts;
        r.warmup = Duration.ofSeconds(quick ? 1 : 3);
        r.measure = Duration.ofSeconds(quick ? 3 : 10);
        notes.forEach(r::note);
        if (sizes == null) {
            sizes = quick ? List.of(2_000L, 5_000L) : List.of(10_000L, 100_000L);
        }
        if (workDir == null) {
            workDir = Path.of("bench", "target", "run-" + System.currentTimeMillis());
        }
        Files.createDirectories(workDir);
        String runId = UUID.randomUUID().toString().substring(0, 6);
        Path dataDir = workDir.resolve("server-data");

        ServerProcess server = ServerProcess.start(serverJar, dataDir, freePort(), serverJvmArgs,
                workDir.resolve("server.log"));
        try {
            measureServer(r, server, runId);
        } finally {
            server.close();
        }
        r.storeBytes = sizeOf(dataDir);
        storageBaseline(r, dataDir);
        r.totalTime = Duration.ofNanos(System.nanoTime() - began);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, new Report(r).render());
        System.out.println("wrote " + out + " in " + r.totalTime.toSeconds() + " s");
        return 0;
    }

    private void measureServer(Results r, ServerProcess server, String runId) throws Exception {
        r.ready = server.awaitReady(Duration.ofSeconds(60));
        System.out.printf("server pid %d ready on port %d after %d ms%n", server.pid(), server.port(),
                r.ready.toMillis());
        Thread.sleep(2000);
        r.rssIdleKib = server.rssKib();
        int maxClients = clientCounts.stream().mapToInt(Integer::intValue).max().orElse(1);
        StrikeRequests requests = new StrikeRequests(runId);
        try (Clients clients = new Clients("localhost", server.port(), Clients.connectionsFor(maxClients));
             RssSampler rss = new RssSampler(server)) {
            Duration warm = r.warmup;
            ClosedLoop.run("warm-up health", 8, Duration.ZERO, warm, (c, s) -> clients.healthCheck(c));
            for (int n : clientCounts) {
                r.transport.put(n, print(ClosedLoop.run("transport (grpc.health.v1.Health/Check)", n, warm, r.measure,
                        (c, s) -> clients.healthCheck(c))));
            }
            Duration queryWarm = Duration.ofMillis(quick ? 500 : 1000);
            Duration queryMeasure = Duration.ofSeconds(quick ? 2 : 5);
            // queries first, each size loaded in turn; the write phases then run on the largest store
            QueryPhases queries = new QueryPhases(clients, requests, runId, queryWarm, queryMeasure);
            for (long size : sizes) {
                queriesAt(r, server, queries, size);
            }
            r.eventsBeforeWrites = server.storeHead();
            WritePhases writes = new WritePhases(clients, requests, runId, warm, r.measure);
            for (int n : clientCounts) {
                r.appendNew.put(n, print(writes.newEntities(n)));
                r.appendHot.put(n, print(writes.hotEntities(n)));
            }
            WritePhases steadyWrites = new WritePhases(clients, requests, runId, warm,
                    Duration.ofSeconds(quick ? 5 : 20));
            r.steadyRate = rate;
            WritePhases.Steady steady = steadyWrites.steady(rate, 64, 20);
            r.steadyCommands = print(steady.commands());
            r.lag = print(steady.lag());
            r.rssLoadKib = rss.takeWindowMax();
            r.eventsStoredAtEnd = server.storeHead();
            r.rssPeakKib = server.peakRssKib();
        }
        r.note("Import rate (issue item 5) not measured: there is no import RPC in this build.");
        r.note("Rebuild (issue item 4) not measured: no admin rebuild RPC (AdminService) in this build.");
        r.note("Tally queries not measured: no tally read model or RPC in this build.");
    }

    private void queriesAt(Results r, ServerProcess server, QueryPhases queries, long size) throws Exception {
        Measured load = queries.loadTo(size, server);
        if (load == null) {
            r.note("The store already held " + server.storeHead() + " events when the " + size
                    + "-event queries were due; they ran at that size.");
        } else {
            r.loads.add(print(load));
        }
        server.awaitProjectionsCaughtUp(Duration.ofMinutes(5));
        long stored = server.storeHead();
        r.bigConflictEntries.put(stored, queries.loaded());
        List<Measured> measured = queries.queries();
        measured.forEach(RunCommand::print);
        r.queries.put(stored, measured);
    }

    private void storageBaseline(Results r, Path dataDir) throws Exception {
        StorageBaseline.Template template;
        StorageBaseline baseline;
        if ("postgresql".equals(store)) {
            if (pgUrl == null || pgBaselineUrl == null) {
                r.note("PostgreSQL storage baseline skipped: --pg-url and --pg-baseline-url are needed.");
                return;
            }
            template = StorageBaseline.template(pgUrl, pgUser, pgPassword);
            baseline = new StorageBaseline(pgBaselineUrl, pgUser, pgPassword);
        } else {
            template = StorageBaseline.template("jdbc:h2:file:" + dataDir.toAbsolutePath() + "/warledger", "sa", "");
            Path fresh = workDir.resolve("baseline-h2").toAbsolutePath();
            baseline = new StorageBaseline("jdbc:h2:file:" + fresh + "/baseline;WRITE_DELAY=0;LOCK_TIMEOUT=10000",
                    "sa", "");
        }
        r.templateBytes = template.bytes();
        baseline.createSchema(migration);
        AtomicLong positions = new AtomicLong();
        r.storage.put("1x1", print(baseline.run("1 row per transaction", template, 1, 1, r.warmup, r.measure,
                positions)));
        r.storage.put("8x1", print(baseline.run("1 row per transaction", template, 8, 1, r.warmup, r.measure,
                positions)));
        r.storage.put("1x100", print(baseline.run("100 rows per transaction", template, 1, 100, r.warmup,
                r.measure, positions)));
    }

    private static Measured print(Measured m) {
        System.out.println(m.summary());
        return m;
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
