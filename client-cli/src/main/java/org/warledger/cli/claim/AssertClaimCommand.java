package org.warledger.cli.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.warledger.cli.common.Names;
import org.warledger.cli.common.QuantityOptions;
import org.warledger.cli.common.ServerOptions;
import org.warledger.cli.common.Times;
import org.warledger.cli.common.WriteOptions;
import org.warledger.proto.v1.AssertClaimRequest;
import org.warledger.proto.v1.Channel;
import org.warledger.proto.v1.ClaimScope;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code warledger claim assert}: what a claimant said, with the figure exactly as said. */
@Command(name = "assert", mixinStandardHelpOptions = true, description = "Record a claimant's claim.")
public class AssertClaimCommand implements Callable<Integer> {

    /** How a claim was made public. */
    enum Via { press_briefing, press_release, social_media_post, interview, report, dataset, other }

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    WriteOptions write;
    @ArgGroup(exclusive = true, multiplicity = "1", heading = "Quantity (exactly one)%n")
    QuantityOptions quantity;

    @Option(names = "--id", description = "Claim id (default: made by the server).")
    String id;
    @Option(names = "--conflict", required = true, description = "Conflict key, e.g. pak-afg-2026.")
    String conflict;
    @Option(names = "--claimant", required = true, description = "Who said it (claimant key or alias).")
    String claimant;
    @Option(names = "--party", required = true, description = "The party the figure is about (key or alias).")
    String party;
    @Option(names = "--category", required = true, description = "What is counted: ${COMPLETION-CANDIDATES}.")
    Category category;
    @Option(names = "--window", required = true,
            description = "When the counted events happened: 2026-02-27, 2026-02-26..2026-02-27, 2025-10 or an instant.")
    String window;
    @Option(names = "--strike", split = ",", description = "Strike id(s) the figure is about.")
    List<String> strikes = new ArrayList<>();
    @Option(names = "--operation", description = "Named operation the figure is about.")
    String operation = "";
    @Option(names = "--stated-at", required = true, description = "When it was said (2026-02-27 or ISO instant).")
    String statedAt;
    @Option(names = "--channel", defaultValue = "press_briefing", description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Via channel;
    @Option(names = "--citation", description = "Citation or URL.")
    String citation = "";
    @Option(names = "--words", description = "The claimant's original words.")
    String words = "";

    @Override
    public Integer call() {
        var request = AssertClaimRequest.newBuilder().setContext(write.context(server)).setConflictKey(conflict)
                .setClaimant(claimant).setSubjectParty(party).setCategory(category.toProto())
                .setScope(ClaimScope.newBuilder().setWindow(Times.window("--window", window)).addAllStrikeIds(strikes)
                        .setOperation(operation))
                .setStatedAt(Times.ts(Times.instant("--stated-at", statedAt)))
                .setChannel(Channel.valueOf(Names.proto("CHANNEL_", channel))).setCitation(citation)
                .setOriginalWords(words).setQuantity(quantity.toProto());
        if (id != null) {
            request.setClaimId(id);
        }
        var result = server.call(api -> api.commands().assertClaim(request.build()));
        spec.commandLine().getOut().println(WriteOptions.describe("asserted claim", result));
        return 0;
    }
}
