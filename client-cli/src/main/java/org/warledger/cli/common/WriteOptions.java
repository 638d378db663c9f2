package org.warledger.cli.common;

import java.util.UUID;
import org.warledger.proto.v1.RequestContext;
import org.warledger.proto.v1.WriteResult;
import picocli.CommandLine.Option;

/** {@code --request-id} on every write: reuse it to retry safely. */
public class WriteOptions {

    @Option(names = "--request-id", description = "Idempotency key; a retry with the same id stores nothing twice "
            + "(default: a new random id).")
    String requestId;

    public RequestContext context(ServerOptions server) {
        return RequestContext.newBuilder().setRequestId(requestId != null ? requestId : UUID.randomUUID().toString())
                .setClientName(server.clientName()).build();
    }

    /** Prints the answer of a write in one line. */
    public static String describe(String what, WriteResult result) {
        return what + " " + result.getEntityId() + (result.getReplayed() ? " (already recorded; request "
                + result.getRequestId() + " replayed)" : "");
    }
}
