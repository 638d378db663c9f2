package org.warledger.cli.common;

import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.TlsChannelCredentials;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import picocli.CommandLine.Option;

/** Where the server is, how to reach it and who the caller is. Shared by every command that calls the server. */
public class ServerOptions {

    @Option(names = "--server", defaultValue = "${env:WARLEDGER_SERVER:-localhost:9090}",
            description = "Server host:port (env WARLEDGER_SERVER; default ${DEFAULT-VALUE}).")
    String server;

    @Option(names = "--client-name", defaultValue = "${env:WARLEDGER_CLIENT_NAME:-warledger-cli}",
            description = "Name of this client program, kept beside the recorder (default ${DEFAULT-VALUE}).")
    String clientName;

    @Option(names = "--timeout", defaultValue = "30", description = "Seconds to wait for an answer (default ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--token", description = "Bearer token (JWT). Else env WARLEDGER_TOKEN, --token-file, "
            + "~/.config/warledger/token, or the development token in ./data/dev-token.")
    String token;

    @Option(names = "--token-file", description = "File holding the bearer token.")
    Path tokenFile;

    @Option(names = "--tls", defaultValue = "${env:WARLEDGER_TLS:-false}",
            description = "Speak TLS (implied by --ca-cert; env WARLEDGER_TLS).")
    boolean tls;

    @Option(names = "--ca-cert", description = "PEM certificate(s) to trust for the server (default: the system's).")
    Path caCert;

    @Option(names = "--client-cert", description = "PEM client certificate for mutual TLS (with --client-key).")
    Path clientCert;

    @Option(names = "--client-key", description = "PEM private key of the client certificate.")
    Path clientKey;

    /**
     * Opens a channel, runs {@code rpc} with the services on it (each call under {@code --timeout}),
     * and closes the channel. Streams must be read to the end inside {@code rpc}.
     */
    public <T> T call(Function<Api, T> rpc) {
        ManagedChannel channel = channel();
        try {
            return rpc.apply(new Api(channel, timeoutSeconds));
        } finally {
            close(channel);
        }
    }

    /** Opens a channel that sends the caller's token with every call; close it when done. Prefer {@link #call}. */
    public ManagedChannel channel() {
        var builder = Grpc.newChannelBuilder(server, credentials());
        TokenSource.find(token, tokenFile, System.getenv(), Path.of(System.getProperty("user.home")))
                .ifPresent(t -> builder.intercept(new BearerTokenInterceptor(new BearerToken(t))));
        return builder.build();
    }

    private ChannelCredentials credentials() {
        if (!tls && caCert == null && clientCert == null) {
            return InsecureChannelCredentials.create();
        }
        if (clientCert == null != (clientKey == null)) {
            throw new UserException("--client-cert and --client-key go together");
        }
        try {
            var creds = TlsChannelCredentials.newBuilder();
            if (caCert != null) {
                creds.trustManager(caCert.toFile());
            }
            if (clientCert != null) {
                creds.keyManager(clientCert.toFile(), clientKey.toFile());
            }
            return creds.build();
        } catch (IOException e) {
            throw new UserException("cannot read a TLS file: " + e.getMessage());
        }
    }

    public String clientName() {
        return clientName;
    }

    public long timeoutSeconds() {
        return timeoutSeconds;
    }

    /** Closes a channel, waiting briefly for calls to finish. */
    public static void close(ManagedChannel channel) {
        channel.shutdown();
        try {
            channel.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
