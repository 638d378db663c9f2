package org.warledger.cli.operation;

import java.util.concurrent.Callable;
import org.warledger.cli.common.Calls;
import org.warledger.cli.common.ServerOptions;
import org.warledger.cli.common.SourceOptions;
import org.warledger.cli.common.Times;
import org.warledger.cli.common.WriteOptions;
import org.warledger.proto.v1.LaunchOperationRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code warledger operation launch}: a party launched a named operation. */
@Command(name = "launch", mixinStandardHelpOptions = true, description = "Record that a party launched a named operation.")
public class LaunchOperationCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    WriteOptions write;
    @ArgGroup(exclusive = false, heading = "Source%n")
    SourceOptions source = new SourceOptions();

    @Option(names = "--id", description = "Operation id (default: made by the server).")
    String id;
    @Option(names = "--conflict", required = true, description = "Conflict key, e.g. pak-afg-2026.")
    String conflict;
    @Option(names = "--name", required = true, description = "Its name as announced, e.g. \"Ghazab lil-Haq\".")
    String name;
    @Option(names = "--party", required = true, description = "The party conducting it, e.g. PAK.")
    String party;
    @Option(names = "--when", required = true, description = "When it started: 2026-02-27, ...")
    String when;
    @Option(names = "--description", description = "What it is said to be.")
    String description = "";

    @Override
    public Integer call() {
        var request = LaunchOperationRequest.newBuilder().setContext(write.context(server)).setConflictKey(conflict)
                .setName(name).setParty(party).setStarted(Times.window("--when", when)).setDescription(description)
                .setSource(source.toProto());
        if (id != null) {
            request.setOperationId(id);
        }
        var result = Calls.command(server, s -> s.launchOperation(request.build()));
        spec.commandLine().getOut().println(WriteOptions.describe("launched operation", result));
        return 0;
    }
}
