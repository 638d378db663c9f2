package org.warledger.cli.claim;

import java.util.concurrent.Callable;
import org.warledger.cli.common.QuantityOptions;
import org.warledger.cli.common.ServerOptions;
import org.warledger.cli.common.Times;
import org.warledger.cli.common.WriteOptions;
import org.warledger.proto.v1.ReviseClaimRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warledger claim revise ID --exactly N ...}. */
@Command(name = "revise", mixinStandardHelpOptions = true,
        description = "Record the claimant's new figure for the same scope; the newest counts, older ones stay in the history.")
public class ReviseClaimCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    WriteOptions write;
    @ArgGroup(exclusive = true, multiplicity = "1", heading = "Quantity (exactly one)%n")
    QuantityOptions quantity;
    @Parameters(index = "0", description = "Claim id.")
    String claimId;
    @Option(names = "--at", description = "When it was revised (2026-02-27 or ISO instant; default: now).")
    String at;
    @Option(names = "--citation", description = "Citation of the revision.")
    String citation = "";
    @Option(names = "--words", description = "The claimant's words.")
    String words = "";
    @Option(names = "--note", description = "Analyst's note.")
    String note = "";

    @Override
    public Integer call() {
        var request = ReviseClaimRequest.newBuilder().setContext(write.context(server)).setClaimId(claimId)
                .setQuantity(quantity.toProto()).setRevisedAt(Times.ts(Times.instantOrNow("--at", at)))
                .setCitation(citation).setOriginalWords(words).setNote(note).build();
        var result = server.call(api -> api.commands().reviseClaim(request));
        spec.commandLine().getOut().println(WriteOptions.describe("revised claim", result));
        return 0;
    }
}
