package org.warledger.cli.claimant;

import java.util.List;
import java.util.concurrent.Callable;
import org.warledger.cli.common.Names;
import org.warledger.cli.common.OutputOptions;
import org.warledger.cli.common.PageOptions;
import org.warledger.cli.common.Printer;
import org.warledger.cli.common.ServerOptions;
import org.warledger.proto.v1.ListClaimantsRequest;
import org.warledger.proto.v1.ListClaimantsResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code warledger claimant list [--party P]}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List registered claimants by key.")
public class ListClaimantsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    OutputOptions output;
    @Mixin
    PageOptions pages;
    @Option(names = "--party", description = "Only claimants speaking for this party (key or alias).")
    String party = "";

    @Override
    public Integer call() {
        var page = server.call(api -> pages.fetch((size, token) -> {
            var r = api.queries().listClaimants(ListClaimantsRequest.newBuilder().setParty(party).setPageSize(size)
                    .setPageToken(token).build());
            return new PageOptions.Page<>(r.getClaimantsList(), r.getNextPageToken());
        }));
        var out = spec.commandLine().getOut();
        if (output.json()) {
            Printer.json(out, ListClaimantsResponse.newBuilder().addAllClaimants(page.items())
                    .setNextPageToken(page.nextToken()));
            return 0;
        }
        Printer.table(out, List.of("key", "name", "kind", "speaks for", "aliases"), page.items().stream()
                .map(c -> List.of(c.getKey(), c.getDisplayName(), Names.show(c.getKind()), c.getParty(),
                        String.join(", ", c.getAliasesList())))
                .toList());
        PageOptions.more(out, page.nextToken());
        return 0;
    }
}
