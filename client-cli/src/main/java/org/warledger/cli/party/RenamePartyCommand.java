package org.warledger.cli.party;

import java.util.concurrent.Callable;
import org.warledger.cli.common.ServerOptions;
import org.warledger.cli.common.WriteOptions;
import org.warledger.proto.v1.RenamePartyRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warledger party rename KEY --name ...}. */
@Command(name = "rename", mixinStandardHelpOptions = true,
        description = "Give a party a new display name (the old one stays in the history).")
public class RenamePartyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    WriteOptions write;
    @Parameters(index = "0", description = "Party key.")
    String key;
    @Option(names = "--name", required = true, description = "The new display name.")
    String name;

    @Override
    public Integer call() {
        var request = RenamePartyRequest.newBuilder().setContext(write.context(server)).setKey(key).setDisplayName(name)
                .build();
        var result = server.call(api -> api.commands().renameParty(request));
        spec.commandLine().getOut().println(WriteOptions.describe("renamed party", result));
        return 0;
    }
}
