package org.warledger.server.process;

import static org.awaitility.Awaitility.await;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.warledger.cli.common.BearerToken;
import org.warledger.server.security.DevCredentials;
import org.warledger.proto.v1.CommandServiceGrpc;
import org.warledger.proto.v1.QueryServiceGrpc;

/**
 * The packaged server ({@code quarkus-run.jar}) running as a separate process on a free port, as
 * an operator would run it; can be stopped politely (SIGTERM) or killed (SIGKILL).
 */
public final class ServerProcess implements AutoCloseable {

    private static final Path JAR = Path.of(System.getProperty("warledger.test.server-jar",
            "target/quarkus-app/quarkus-run.jar"));
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;
    private final ManagedChannel channel;

    private Path dataDir;
    private BearerToken token;

    private ServerProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
        this.channel = ManagedChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
    }

    /** Starts a node with the given configuration (system properties) and waits until it is ready. */
    public static ServerProcess start(String name, Map<String, String> config) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run the *IT tests with `mvn verify` (after package)");
        }
        int port = freePort();
        Map<String, String> all = new LinkedHashMap<>(config);
        all.put("quarkus.http.port", String.valueOf(port));
        all.put("quarkus.http.host", "127.0.0.1");
        all.putIfAbsent("warledger.node-id", name);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1"));
        all.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", JAR.toString()));
        Path log = Path.of("target", "it-logs", name + "-" + port + ".log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        ServerProcess server = new ServerProcess(name, port, process, log);
        server.dataDir = Path.of(all.getOrDefault("warledger.data-dir", "./data"));
        server.awaitReady();
        return server;
    }

    private void awaitReady() {
        await("node " + name + " ready (log: " + log + ")").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200)).until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("node " + name + " exited with " + process.exitValue()
                                + "; log: " + log + "\n" + tail());
                    }
                    return ready();
                });
    }

    /** Whether /q/health/ready says the store and every projection are up. */
    public boolean ready() {
        try {
            HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** True once every read model on this node has processed the store up to its head. */
    public boolean caughtUp() {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            com.fasterxml.jackson.databind.JsonNode data = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            for (var check : JSON.readTree(r.body()).path("checks")) {
                if (check.path("name").asText().equals("event-store-and-projections")) {
                    data = check.path("data");
                }
            }
            long head = data.path("head").asLong(-1);
            var fields = data.fields();
            boolean all = r.statusCode() == 200 && head >= 0;
            while (fields.hasNext()) {
                all &= fields.next().getValue().asLong(-1) >= head;
            }
            return all;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The sum of a Prometheus metric's samples in /q/metrics (0 if absent). */
    public double metric(String name) throws IOException, InterruptedException {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/metrics"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
        return body.lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    public String name() {
        return name;
    }

    public CommandServiceGrpc.CommandServiceBlockingStub commands() {
        return CommandServiceGrpc.newBlockingStub(channel).withDeadlineAfter(20, TimeUnit.SECONDS)
                .withCallCredentials(token());
    }

    public QueryServiceGrpc.QueryServiceBlockingStub queries() {
        return QueryServiceGrpc.newBlockingStub(channel).withDeadlineAfter(20, TimeUnit.SECONDS)
                .withCallCredentials(token());
    }

    /** The development token the node wrote into its data dir at first start (all roles). */
    private synchronized BearerToken token() {
        if (token == null) {
            try {
                token = new BearerToken(Files.readString(dataDir.resolve(DevCredentials.TOKEN)).strip());
            } catch (IOException e) {
                throw new IllegalStateException("node " + name + " wrote no development token in " + dataDir, e);
            }
        }
        return token;
    }

    /** SIGKILL: the process gets no chance to flush or close anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: a clean shutdown. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow();
        if (process.isAlive()) {
            stop();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
