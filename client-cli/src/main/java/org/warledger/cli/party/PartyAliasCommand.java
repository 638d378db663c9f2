package org.warledger.cli.party;

import java.util.concurrent.Callable;
import org.warledger.cli.common.ServerOptions;
import org.warledger.cli.common.WriteOptions;
import org.warledger.proto.v1.AddPartyAliasRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warledger party alias KEY ALIAS}. */
@Command(name = "alias", mixinStandardHelpOptions = true,
        description = "Add another name a party is reported under; claims and strikes may then use it.")
public class PartyAliasCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    WriteOptions write;
    @Parameters(index = "0", description = "Party key.")
    String key;
    @Parameters(index = "1", description = "The alias, e.g. \"Pakistan Army\".")
    String alias;

    @Override
    public Integer call() {
        var request = AddPartyAliasRequest.newBuilder().setContext(write.context(server)).setKey(key).setAlias(alias)
                .build();
        var result = server.call(api -> api.commands().addPartyAlias(request));
        spec.commandLine().getOut().println(WriteOptions.describe("added alias to party", result));
        return 0;
    }
}
