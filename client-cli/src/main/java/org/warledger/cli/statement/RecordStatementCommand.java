package org.warledger.cli.statement;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.warledger.cli.common.Calls;
import org.warledger.cli.common.ServerOptions;
import org.warledger.cli.common.SourceOptions;
import org.warledger.cli.common.Times;
import org.warledger.cli.common.WriteOptions;
import org.warledger.proto.v1.RecordStatementRequest;
import org.warledger.proto.v1.Stance;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code warledger statement record}: who said what, for whom, taking which stances. */
@Command(name = "record", mixinStandardHelpOptions = true, description = "Record a diplomatic or official statement.")
public class RecordStatementCommand implements Callable<Integer> {

    /** The stances the CLI accepts (the proto's, lowercase). */
    enum StanceOption {
        calls_for_deescalation, calls_for_talks, calls_for_end_of_hostilities, condemns, expresses_concern,
        supports_self_defence, offers_mediation, supports_party, other
    }

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    WriteOptions write;
    @ArgGroup(exclusive = false, heading = "Source%n")
    SourceOptions source = new SourceOptions();

    @Option(names = "--id", description = "Statement id (default: made by the server).")
    String id;
    @Option(names = "--conflict", required = true, description = "Conflict key, e.g. pak-afg-2026.")
    String conflict;
    @Option(names = "--speaker", required = true, description = "Who spoke.")
    String speaker;
    @Option(names = "--speaks-for", required = true, description = "The state or organisation they speak for, e.g. EU.")
    String speaksFor;
    @Option(names = "--when", required = true, description = "When it was made: 2026-02-27, ...")
    String when;
    @Option(names = "--stance", required = true, split = ",", description = "Stance(s): ${COMPLETION-CANDIDATES}.")
    List<StanceOption> stances;
    @Option(names = "--summary", required = true, description = "What was said, in brief.")
    String summary;
    @Option(names = "--words", description = "The original words, if quoted.")
    String words = "";

    @Override
    public Integer call() {
        var request = RecordStatementRequest.newBuilder().setContext(write.context(server)).setConflictKey(conflict)
                .setSpeaker(speaker).setSpeaksFor(speaksFor).setMadeAt(Times.window("--when", when))
                .setSummary(summary).setOriginalWords(words).setSource(source.toProto());
        stances.forEach(s -> request.addStances(Stance.valueOf("STANCE_" + s.name().toUpperCase(Locale.ROOT))));
        if (id != null) {
            request.setStatementId(id);
        }
        var result = Calls.command(server, s -> s.recordStatement(request.build()));
        spec.commandLine().getOut().println(WriteOptions.describe("recorded statement", result));
        return 0;
    }
}
