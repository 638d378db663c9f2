package org.warledger.cli.ceasefire;

import java.util.concurrent.Callable;
import org.warledger.cli.common.Calls;
import org.warledger.cli.common.ServerOptions;
import org.warledger.cli.common.SourceOptions;
import org.warledger.cli.common.Times;
import org.warledger.cli.common.WriteOptions;
import org.warledger.proto.v1.EndCeasefireRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warledger ceasefire end ID}. */
@Command(name = "end", mixinStandardHelpOptions = true, description = "Record that a ceasefire ended.")
public class EndCeasefireCommand implements Callable<Integer> {

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
    @Option(names = "--when", required = true, description = "When it ended.")
    String when;
    @Option(names = "--reason", required = true, description = "Why: expired, called off, ...")
    String reason;

    @Override
    public Integer call() {
        var request = EndCeasefireRequest.newBuilder().setContext(write.context(server)).setCeasefireId(ceasefireId)
                .setEndedAt(Times.window("--when", when)).setReason(reason).setSource(source.toProto()).build();
        var result = Calls.command(server, s -> s.endCeasefire(request));
        spec.commandLine().getOut().println(WriteOptions.describe("recorded end of ceasefire", result));
        return 0;
    }
}
