package org.warledger.cli.claimant;

import java.util.concurrent.Callable;
import org.warledger.cli.common.ServerOptions;
import org.warledger.cli.common.WriteOptions;
import org.warledger.proto.v1.RenameClaimantRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warledger claimant rename KEY --name ...}. */
@Command(name = "rename", mixinStandardHelpOptions = true,
        description = "Give a claimant a new display name (the old one stays in the history).")
public class RenameClaimantCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    WriteOptions write;
    @Parameters(index = "0", description = "Claimant key.")
    String key;
    @Option(names = "--name", required = true, description = "The new display name.")
    String name;

    @Override
    public Integer call() {
        var request = RenameClaimantRequest.newBuilder().setContext(write.context(server)).setKey(key).setDisplayName(name)
                .build();
        var result = server.call(api -> api.commands().renameClaimant(request));
        spec.commandLine().getOut().println(WriteOptions.describe("renamed claimant", result));
        return 0;
    }
}
