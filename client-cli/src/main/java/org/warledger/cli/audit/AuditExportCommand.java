package org.warledger.cli.audit;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.warledger.chain.ExportWriter;
import org.warledger.cli.common.ServerOptions;
import org.warledger.proto.v1.AuditServiceGrpc;
import org.warledger.proto.v1.ExportEventsRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warledger audit export FILE}: the whole log as NDJSON with its hashes (docs/AUDIT-HASH.md). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the event log with its hashes to FILE (NDJSON), for offline verification.")
public class AuditExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Parameters(index = "0", description = "File to create (overwritten if it exists).")
    Path file;

    @Override
    public Integer call() throws Exception {
        var channel = server.channel();
        long count = 0;
        String head = "";
        try (ExportWriter out = ExportWriter.create(file)) {
            var events = AuditServiceGrpc.newBlockingStub(channel).exportEvents(ExportEventsRequest.getDefaultInstance());
            while (events.hasNext()) {
                var e = events.next();
                out.write(AuditEvents.toChained(e));
                count++;
                head = e.getHash();
            }
        } finally {
            ServerOptions.close(channel);
        }
        spec.commandLine().getOut().println("exported " + count + " events to " + file + (count > 0
                ? "; head hash " + head : ""));
        return 0;
    }
}
