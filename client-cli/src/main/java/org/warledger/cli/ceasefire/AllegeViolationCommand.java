package org.warledger.cli.ceasefire;

import java.util.List;
import java.util.concurrent.Callable;
import org.warledger.cli.common.Calls;
import org.warledger.cli.common.ServerOptions;
import org.warledger.cli.common.SourceOptions;
import org.warledger.cli.common.Times;
import org.warledger.cli.common.WriteOptions;
import org.warledger.proto.v1.AllegeCeasefireViolationRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warledger ceasefire violation ID}: someone alleges that a party broke the ceasefire. */
@Command(name = "violation", mixinStandardHelpOptions = true, description = "Record an alleged violation of a ceasefire.")
public class AllegeViolationCommand implements Callable<Integer> {

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
    @Option(names = "--violation-id", required = true, description = "Id of this violation within the ceasefire.")
    String violationId;
    @Option(names = "--alleged-by", required = true, description = "Who alleges it (claimant or party key).")
    String allegedBy;
    @Option(names = "--against", required = true, description = "The party said to have violated it.")
    String against;
    @Option(names = "--when", required = true, description = "When it happened: 2026-02-27, 2026-02-26..2026-02-27, ...")
    String when;
    @Option(names = "--strikes", split = ",", description = "Strike ids it points to.")
    List<String> strikes = List.of();
    @Option(names = "--claims", split = ",", description = "Claim ids it points to.")
    List<String> claims = List.of();
    @Option(names = "--description", description = "What happened, as alleged.")
    String description = "";

    @Override
    public Integer call() {
        var request = AllegeCeasefireViolationRequest.newBuilder().setContext(write.context(server))
                .setCeasefireId(ceasefireId).setViolationId(violationId).setAllegedBy(allegedBy).setAgainst(against)
                .setOccurred(Times.window("--when", when)).addAllStrikeIds(strikes).addAllClaimIds(claims)
                .setDescription(description).setSource(source.toProto()).build();
        var result = Calls.command(server, s -> s.allegeCeasefireViolation(request));
        spec.commandLine().getOut().println(WriteOptions.describe("recorded violation " + violationId + " of ceasefire",
                result));
        return 0;
    }
}
