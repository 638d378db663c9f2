package org.warledger.cli.audit;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.warledger.cli.common.OutputOptions;
import org.warledger.cli.common.Printer;
import org.warledger.cli.common.ServerOptions;
import org.warledger.proto.v1.AuditServiceGrpc;
import org.warledger.proto.v1.GetEntityHistoryRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warledger audit history ID}: every event of one entity. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "Every event of one entity, in order.")
public class AuditHistoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    OutputOptions output;
    @Parameters(index = "0", description = "Entity id (strike, claim, ceasefire, ...).")
    String entityId;

    @Override
    public Integer call() {
        var channel = server.channel();
        try {
            var history = AuditServiceGrpc.newBlockingStub(channel).withDeadlineAfter(server.timeoutSeconds(), TimeUnit.SECONDS)
                    .getEntityHistory(GetEntityHistoryRequest.newBuilder().setEntityId(entityId).build());
            if (output.json()) {
                Printer.json(spec.commandLine().getOut(), history);
            } else {
                AuditEvents.table(spec.commandLine().getOut(), history.getEventsList());
            }
            return 0;
        } finally {
            ServerOptions.close(channel);
        }
    }
}
