package org.warledger.cli.common;

import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.warledger.proto.v1.CommandServiceGrpc;
import org.warledger.proto.v1.CommandServiceGrpc.CommandServiceBlockingStub;
import org.warledger.proto.v1.QueryServiceGrpc;
import org.warledger.proto.v1.QueryServiceGrpc.QueryServiceBlockingStub;

/** One call to the server on a channel opened for it and closed after, within the timeout. */
public final class Calls {

    private Calls() {
    }

    public static <T> T command(ServerOptions server, Function<CommandServiceBlockingStub, T> call) {
        var channel = server.channel();
        try {
            return call.apply(CommandServiceGrpc.newBlockingStub(channel)
                    .withDeadlineAfter(server.timeoutSeconds(), TimeUnit.SECONDS));
        } finally {
            ServerOptions.close(channel);
        }
    }

    public static <T> T query(ServerOptions server, Function<QueryServiceBlockingStub, T> call) {
        var channel = server.channel();
        try {
            return call.apply(QueryServiceGrpc.newBlockingStub(channel)
                    .withDeadlineAfter(server.timeoutSeconds(), TimeUnit.SECONDS));
        } finally {
            ServerOptions.close(channel);
        }
    }
}
