package org.warledger.cli.claimant;

import java.util.concurrent.Callable;
import org.warledger.cli.common.ServerOptions;
import org.warledger.cli.common.WriteOptions;
import org.warledger.proto.v1.AddClaimantAliasRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warledger claimant alias KEY ALIAS}. */
@Command(name = "alias", mixinStandardHelpOptions = true,
        description = "Add another name a claimant is reported under; claims may then use it.")
public class ClaimantAliasCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    WriteOptions write;
    @Parameters(index = "0", description = "Claimant key.")
    String key;
    @Parameters(index = "1", description = "The alias, e.g. \"Pakistan Army\".")
    String alias;

    @Override
    public Integer call() {
        var request = AddClaimantAliasRequest.newBuilder().setContext(write.context(server)).setKey(key).setAlias(alias)
                .build();
        var result = server.call(api -> api.commands().addClaimantAlias(request));
        spec.commandLine().getOut().println(WriteOptions.describe("added alias to claimant", result));
        return 0;
    }
}
