package org.warledger.cli.ceasefire;

import java.util.concurrent.Callable;
import org.warledger.cli.common.Calls;
import org.warledger.cli.common.ServerOptions;
import org.warledger.cli.common.SourceOptions;
import org.warledger.cli.common.Times;
import org.warledger.cli.common.WriteOptions;
import org.warledger.proto.v1.DeclareCeasefireCollapsedRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warledger ceasefire collapse ID}. */
@Command(name = "collapse", mixinStandardHelpOptions = true, description = "Record that a ceasefire collapsed.")
public class CollapseCeasefireCommand implements Callable<Integer> {

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
    @Option(names = "--when", required = true,
            description = "When it collapsed: 2026-02-20, ..., or ..2026-02-26 for \"before 26 February\".")
    String when;
    @Option(names = "--declared-by", required = true, description = "Who declared it collapsed.")
    String declaredBy;

    @Override
    public Integer call() {
        var request = DeclareCeasefireCollapsedRequest.newBuilder().setContext(write.context(server))
                .setCeasefireId(ceasefireId).setCollapsedAt(Times.window("--when", when)).setDeclaredBy(declaredBy)
                .setSource(source.toProto()).build();
        var result = Calls.command(server, s -> s.declareCeasefireCollapsed(request));
        spec.commandLine().getOut().println(WriteOptions.describe("recorded collapse of ceasefire", result));
        return 0;
    }
}
