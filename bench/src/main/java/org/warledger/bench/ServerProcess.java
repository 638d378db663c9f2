package org.warledger.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The server under test, started as its own process on a fresh data directory, so that its
 * start-up time and resident memory are the real ones (read from /proc/&lt;pid&gt;/status).
 */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final long startedNanos;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path dataDir;

    private ServerProcess(Process process, long startedNanos, int port, Path dataDir) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.port = port;
        this.dataDir = dataDir;
    }

    static ServerProcess start(Path serverJar, Path dataDir, int port, List<String> jvmArgs, List<String> env,
                               Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-Dwarledger.data-dir=" + dataDir.toAbsolutePath());
        command.add("-Dquarkus.http.port=" + port);
        command.add("-jar");
        command.add(serverJar.toString());
        Files.createDirectories(dataDir);
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        for (String pair : env) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--server-env wants NAME=VALUE, not '" + pair + "'");
            }
            builder.environment().put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        Process p = builder.start();
        return new ServerProcess(p, started, port, dataDir);
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** Polls /q/health/ready until it answers 200; returns the time since the process started. */
    Duration awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + " before it was ready");
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri("/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - startedNanos);
                }
            } catch (IOException notYet) {
                // the port is not open yet
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("the server was not ready within " + timeout);
    }

    /**
     * The development bearer token (every role) the server wrote into its data directory on its
     * first start (security mode development, the default), or null if there is none.
     */
    Path devTokenFile() {
        Path f = dataDir.resolve("dev-token");
        return Files.isRegularFile(f) ? f : null;
    }

    String devToken() throws IOException {
        Path f = devTokenFile();
        return f == null ? null : Files.readString(f).strip();
    }

    /** Resident set size in KiB (VmRSS), or -1 if the process is gone. */
    long rssKib() {
        return statusField("VmRSS:");
    }

    /** Peak resident set size in KiB (VmHWM). */
    long peakRssKib() {
        return statusField("VmHWM:");
    }

    private long statusField(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** The Prometheus samples of /q/metrics whose name starts with the prefix, by full series name. */
    Map<String, Double> metrics(String prefix) throws IOException, InterruptedException {
        String body = http.send(HttpRequest.newBuilder(uri("/q/metrics")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Map<String, Double> out = new TreeMap<>();
        for (String line : body.split("\n")) {
            if (line.startsWith(prefix)) {
                int space = line.lastIndexOf(' ');
                out.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
            }
        }
        return out;
    }

    /** The heap limit the server runs with: the sum of its heap pools' maximum sizes, or -1. */
    long heapMaxBytes() {
        try {
            double sum = metrics("jvm_memory_max_bytes{area=\"heap\"").values().stream()
                    .mapToDouble(Double::doubleValue).filter(v -> v > 0).sum();
            return sum > 0 ? (long) sum : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Global position of the newest stored event. */
    long storeHead() throws IOException, InterruptedException {
        return metrics("warledger_store_head").values().stream().mapToLong(Double::longValue).max().orElse(0);
    }

    /** Waits until every read model has applied every stored event. */
    void awaitProjectionsCaughtUp(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Double> lag = metrics("warledger_projection_lag");
            if (!lag.isEmpty() && lag.values().stream().allMatch(v -> v == 0)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("read models still lagging after " + timeout + ": "
                + metrics("warledger_projection_lag"));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** SIGTERM, then a kill if it does not stop within 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
