package org.warledger.cli.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.warledger.chain.ExportWriter;
import org.warledger.cli.common.ServerOptions;
import org.warledger.proto.v1.AuditEvent;
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
        long[] count = {0};
        String[] head = {""};
        try (ExportWriter out = ExportWriter.create(file)) {
            // no deadline: an export of a large log takes as long as it takes
            server.call(api -> {
                var events = api.auditUnbounded().exportEvents(ExportEventsRequest.getDefaultInstance());
                while (events.hasNext()) {
                    var e = events.next();
                    write(out, e);
                    count[0]++;
                    head[0] = e.getHash();
                }
                return null;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        spec.commandLine().getOut().println("exported " + count[0] + " events to " + file + (count[0] > 0
                ? "; head hash " + head[0] : ""));
        return 0;
    }

    private static void write(ExportWriter out, AuditEvent e) {
        try {
            out.write(AuditEvents.toChained(e));
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }
}
