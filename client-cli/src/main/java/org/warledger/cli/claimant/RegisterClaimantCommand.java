package org.warledger.cli.claimant;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.warledger.cli.common.Names;
import org.warledger.cli.common.ServerOptions;
import org.warledger.cli.common.WriteOptions;
import org.warledger.proto.v1.ClaimantKind;
import org.warledger.proto.v1.RegisterClaimantRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warledger claimant register KEY --name ... --kind ... [--party P]}. */
@Command(name = "register", mixinStandardHelpOptions = true, description = "Register a claimant under a stable key.")
public class RegisterClaimantCommand implements Callable<Integer> {

    /** Kinds of claimant. */
    enum Kind { spokesperson, ministry, officer, media, ngo, dataset, government, other }

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    WriteOptions write;
    @Parameters(index = "0", description = "Stable key, e.g. ISPR (uppercase letters, digits, '-').")
    String key;
    @Option(names = "--name", required = true, description = "Display name.")
    String name;
    @Option(names = "--kind", required = true, description = "${COMPLETION-CANDIDATES}.")
    Kind kind;
    @Option(names = "--party", description = "The party it speaks for (key or alias); none if omitted.")
    String party = "";
    @Option(names = "--alias", description = "Another name it is reported under (repeatable).")
    List<String> aliases = new ArrayList<>();

    @Override
    public Integer call() {
        var request = RegisterClaimantRequest.newBuilder().setContext(write.context(server)).setKey(key)
                .setDisplayName(name).setKind(ClaimantKind.valueOf(Names.proto("CLAIMANT_KIND_", kind)))
                .setParty(party).addAllAliases(aliases).build();
        var result = server.call(api -> api.commands().registerClaimant(request));
        spec.commandLine().getOut().println(WriteOptions.describe("registered claimant", result));
        return 0;
    }
}
