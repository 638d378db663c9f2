package org.warledger.cli.party;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.warledger.cli.common.Names;
import org.warledger.cli.common.ServerOptions;
import org.warledger.cli.common.WriteOptions;
import org.warledger.proto.v1.PartyKind;
import org.warledger.proto.v1.RegisterPartyRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warledger party register KEY --name ... --kind ...}. */
@Command(name = "register", mixinStandardHelpOptions = true, description = "Register a party under a stable key.")
public class RegisterPartyCommand implements Callable<Integer> {

    /** Kinds of party. */
    enum Kind { state_forces, de_facto_state_forces, armed_group, civilians, international_forces, other }

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    WriteOptions write;
    @Parameters(index = "0", description = "Stable key, e.g. PAK (uppercase letters, digits, '-').")
    String key;
    @Option(names = "--name", required = true, description = "Display name.")
    String name;
    @Option(names = "--kind", required = true, description = "${COMPLETION-CANDIDATES}.")
    Kind kind;
    @Option(names = "--country", description = "ISO 3166-1 alpha-2 country code, if it belongs to one country.")
    String country = "";
    @Option(names = "--alias", description = "Another name it is reported under (repeatable).")
    List<String> aliases = new ArrayList<>();

    @Override
    public Integer call() {
        var request = RegisterPartyRequest.newBuilder().setContext(write.context(server)).setKey(key).setDisplayName(name)
                .setKind(PartyKind.valueOf(Names.proto("PARTY_KIND_", kind))).setCountryCode(country)
                .addAllAliases(aliases).build();
        var result = server.call(api -> api.commands().registerParty(request));
        spec.commandLine().getOut().println(WriteOptions.describe("registered party", result));
        return 0;
    }
}
