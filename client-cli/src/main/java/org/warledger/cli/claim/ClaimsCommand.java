package org.warledger.cli.claim;

import java.util.concurrent.Callable;
import org.warledger.cli.common.OutputOptions;
import org.warledger.cli.common.PageOptions;
import org.warledger.cli.common.Printer;
import org.warledger.cli.common.ServerOptions;
import org.warledger.proto.v1.ClaimStatus;
import org.warledger.proto.v1.ListClaimsRequest;
import org.warledger.proto.v1.ListClaimsResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warledger claims CONFLICT}: every claim of a conflict, retracted ones included unless filtered out. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "List a conflict's claims in recording order, retracted ones included (see --status).")
public class ClaimsCommand implements Callable<Integer> {

    /** Which claims by state. */
    enum Status { active, retracted, all }

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    OutputOptions output;
    @Mixin
    PageOptions pages;
    @Parameters(index = "0", description = "Conflict key, e.g. pak-afg-2026.")
    String conflict;
    @Option(names = "--strike", description = "Only claims about this strike.")
    String strike = "";
    @Option(names = "--claimant", description = "Only claims by this claimant (key or alias).")
    String claimant = "";
    @Option(names = "--party", description = "Only claims about this party (key or alias).")
    String party = "";
    @Option(names = "--status", defaultValue = "all", description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Status status;

    @Override
    public Integer call() {
        var request = ListClaimsRequest.newBuilder().setConflictKey(conflict).setStrikeId(strike).setClaimant(claimant)
                .setParty(party).setStatus(switch (status) {
                    case active -> ClaimStatus.CLAIM_STATUS_ACTIVE;
                    case retracted -> ClaimStatus.CLAIM_STATUS_RETRACTED;
                    case all -> ClaimStatus.CLAIM_STATUS_UNSPECIFIED;
                });
        var page = server.call(api -> pages.fetch((size, token) -> {
            var r = api.queries().listClaims(request.setPageSize(size).setPageToken(token).build());
            return new PageOptions.Page<>(r.getClaimsList(), r.getNextPageToken());
        }));
        var out = spec.commandLine().getOut();
        if (output.json()) {
            Printer.json(out, ListClaimsResponse.newBuilder().addAllClaims(page.items()).setNextPageToken(page.nextToken()));
            return 0;
        }
        Printer.table(out, ClaimRows.HEADER, page.items().stream().map(ClaimRows::row).toList());
        PageOptions.more(out, page.nextToken());
        return 0;
    }
}
