package org.warledger.cli.common;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Option;

/** Where the server is and who the client says it is. Shared by every command that calls the server. */
public class ServerOptions {

    @Option(names = "--server", defaultValue = "${env:WARLEDGER_SERVER:-localhost:9090}",
            description = "Server host:port (env WARLEDGER_SERVER; default ${DEFAULT-VALUE}).")
    String server;

    @Option(names = "--client-name", defaultValue = "${env:WARLEDGER_CLIENT_NAME:-warledger-cli}",
            description = "Name recorded as the recorder of what you write (default ${DEFAULT-VALUE}).")
    String clientName;

    @Option(names = "--timeout", defaultValue = "30", description = "Seconds to wait for an answer (default ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    /** Opens a channel; close it when done. */
    public ManagedChannel channel() {
        return ManagedChannelBuilder.forTarget(server).usePlaintext().build();
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
