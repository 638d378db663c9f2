package org.warledger.cli.audit;

import com.google.protobuf.util.JsonFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.warledger.cli.common.OutputOptions;
import org.warledger.cli.common.ServerOptions;
import org.warledger.proto.v1.AuditServiceGrpc;
import org.warledger.proto.v1.StreamEventsRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code warledger audit log}: the event log from a position, one event per line. */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = "Stream the event log after a position; with --follow, keep printing new events.")
public class AuditLogCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    OutputOptions output;
    @Option(names = "--after", defaultValue = "0", description = "Start after this position (resume: the last one you saw).")
    long after;
    @Option(names = "--entity", description = "Only events of this entity id.")
    String entity;
    @Option(names = "--type", split = ",", description = "Only these event types (simple or full names).")
    List<String> types = new ArrayList<>();
    @Option(names = "--conflict", description = "Only events of this conflict.")
    String conflict;
    @Option(names = {"-f", "--follow"}, description = "Keep the stream open and print new events as they are recorded.")
    boolean follow;

    @Override
    public Integer call() throws Exception {
        var request = StreamEventsRequest.newBuilder().setAfterPosition(after).addAllEventTypes(types).setFollow(follow);
        if (entity != null) {
            request.setEntityId(entity);
        }
        if (conflict != null) {
            request.setConflictKey(conflict);
        }
        var channel = server.channel();
        try {
            var out = spec.commandLine().getOut();
            var printer = JsonFormat.printer().omittingInsignificantWhitespace();
            if (!output.json()) {
                out.println(String.join("  ", AuditEvents.HEADER));
            }
            // one line per event as it arrives (a live feed has no end to align columns to)
            var events = AuditServiceGrpc.newBlockingStub(channel).streamEvents(request.build());
            while (events.hasNext()) {
                var e = events.next();
                out.println(output.json() ? printer.print(e) : String.join("  ", AuditEvents.row(e)));
                out.flush();
            }
            return 0;
        } finally {
            ServerOptions.close(channel);
        }
    }
}
