package org.warledger.cli.claim;

import java.util.List;
import java.util.concurrent.Callable;
import org.warledger.cli.common.Names;
import org.warledger.cli.common.OutputOptions;
import org.warledger.cli.common.Printer;
import org.warledger.cli.common.ServerOptions;
import org.warledger.cli.common.Times;
import org.warledger.proto.v1.Claim;
import org.warledger.proto.v1.GetClaimRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warledger claim show ID}. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a claim as currently known.")
public class ShowClaimCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    OutputOptions output;
    @Parameters(index = "0", description = "Claim id.")
    String claimId;

    @Override
    public Integer call() {
        Claim c = server.call(api -> api.queries().getClaim(GetClaimRequest.newBuilder().setClaimId(claimId).build()));
        var out = spec.commandLine().getOut();
        if (output.json()) {
            Printer.json(out, c);
            return 0;
        }
        Printer.table(out, List.of("field", "value"), List.of(
                List.of("id", c.getClaimId()), List.of("conflict", c.getConflictKey()),
                List.of("claimant", c.getClaimant()), List.of("stated at", Times.show(c.getStatedAt())),
                List.of("channel", Names.show(c.getChannel())), List.of("citation", c.getCitation()),
                List.of("words", c.getOriginalWords()), List.of("party", c.getSubjectParty()),
                List.of("category", Names.show(c.getCategory())), List.of("figure", ClaimRows.figure(c)),
                List.of("window", Times.show(c.getScope().getWindow())),
                List.of("strikes", String.join(", ", c.getScope().getStrikeIdsList())),
                List.of("operation", c.getScope().getOperation()), List.of("grade", Names.show(c.getGrade())),
                List.of("status", ClaimRows.status(c)), List.of("recorded at", Times.show(c.getRecordedAt()))));
        return 0;
    }
}
