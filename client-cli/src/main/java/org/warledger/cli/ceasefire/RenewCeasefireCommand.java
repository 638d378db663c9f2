package org.warledger.cli.ceasefire;

import java.util.concurrent.Callable;
import org.warledger.cli.common.Calls;
import org.warledger.cli.common.ServerOptions;
import org.warledger.cli.common.SourceOptions;
import org.warledger.cli.common.Times;
import org.warledger.cli.common.WriteOptions;
import org.warledger.proto.v1.RenewCeasefireRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warledger ceasefire renew ID}. */
@Command(name = "renew", mixinStandardHelpOptions = true, description = "Record that a ceasefire was renewed.")
public class RenewCeasefireCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    WriteOptions write;
    @ArgGroup(exclusive = false, heading = "Source%n")
    SourceOptions source = new SourceOptions();

    @Parameters(index = "0", description = "Ceasefire id.")
    String ceasefireId;
    @Option(names = "--when", required = true, description = "When it was renewed.")
    String when;
    @Option(names = "--effective-until", description = "Its new end, if stated.")
    String effectiveUntil;
    @Option(names = "--terms", description = "Its new terms, in brief.")
    String terms = "";

    @Override
    public Integer call() {
        var request = RenewCeasefireRequest.newBuilder().setContext(write.context(server)).setCeasefireId(ceasefireId)
                .setRenewedAt(Times.window("--when", when)).setTerms(terms).setSource(source.toProto());
        if (effectiveUntil != null) {
            request.setEffectiveUntil(Times.ts(Times.instant("--effective-until", effectiveUntil)));
        }
        var result = Calls.command(server, s -> s.renewCeasefire(request.build()));
        spec.commandLine().getOut().println(WriteOptions.describe("recorded renewal of ceasefire", result));
        return 0;
    }
}
