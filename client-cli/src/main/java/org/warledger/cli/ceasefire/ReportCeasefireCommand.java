package org.warledger.cli.ceasefire;

import java.util.List;
import java.util.concurrent.Callable;
import org.warledger.cli.common.Calls;
import org.warledger.cli.common.ServerOptions;
import org.warledger.cli.common.SourceOptions;
import org.warledger.cli.common.Times;
import org.warledger.cli.common.WriteOptions;
import org.warledger.proto.v1.ReportCeasefireRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code warledger ceasefire report}: a ceasefire agreed between parties. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Report a ceasefire agreed between parties.")
public class ReportCeasefireCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    WriteOptions write;
    @ArgGroup(exclusive = false, heading = "Source%n")
    SourceOptions source = new SourceOptions();

    @Option(names = "--id", description = "Ceasefire id (default: made by the server).")
    String id;
    @Option(names = "--conflict", required = true, description = "Conflict key, e.g. pak-afg-2026.")
    String conflict;
    @Option(names = "--parties", required = true, split = ",", description = "Party keys (two or more), e.g. PAK,IEA.")
    List<String> parties;
    @Option(names = "--mediators", split = ",", description = "Mediators, e.g. Qatar,Turkey.")
    List<String> mediators = List.of();
    @Option(names = "--agreed", required = true, description = "When agreed: 2025-10, 2025-10-19, ... ")
    String agreed;
    @Option(names = "--effective-from", description = "When it takes effect (default: when agreed).")
    String effectiveFrom;
    @Option(names = "--effective-until", description = "When it expires, if stated.")
    String effectiveUntil;
    @Option(names = "--terms", description = "Its terms, in brief.")
    String terms = "";

    @Override
    public Integer call() {
        var request = ReportCeasefireRequest.newBuilder().setContext(write.context(server)).setConflictKey(conflict)
                .addAllParties(parties).addAllMediators(mediators).setAgreed(Times.window("--agreed", agreed))
                .setTerms(terms).setSource(source.toProto());
        if (id != null) {
            request.setCeasefireId(id);
        }
        if (effectiveFrom != null) {
            request.setEffectiveFrom(Times.ts(Times.instant("--effective-from", effectiveFrom)));
        }
        if (effectiveUntil != null) {
            request.setEffectiveUntil(Times.ts(Times.instant("--effective-until", effectiveUntil)));
        }
        var result = Calls.command(server, s -> s.reportCeasefire(request.build()));
        spec.commandLine().getOut().println(WriteOptions.describe("reported ceasefire", result));
        return 0;
    }
}
