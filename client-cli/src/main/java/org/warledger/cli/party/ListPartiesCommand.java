package org.warledger.cli.party;

import java.util.List;
import java.util.concurrent.Callable;
import org.warledger.cli.common.Names;
import org.warledger.cli.common.OutputOptions;
import org.warledger.cli.common.PageOptions;
import org.warledger.cli.common.Printer;
import org.warledger.cli.common.ServerOptions;
import org.warledger.proto.v1.ListPartiesRequest;
import org.warledger.proto.v1.ListPartiesResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code warledger party list}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List registered parties by key.")
public class ListPartiesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    OutputOptions output;
    @Mixin
    PageOptions pages;

    @Override
    public Integer call() {
        var page = server.call(api -> pages.fetch((size, token) -> {
            var r = api.queries().listParties(ListPartiesRequest.newBuilder().setPageSize(size).setPageToken(token).build());
            return new PageOptions.Page<>(r.getPartiesList(), r.getNextPageToken());
        }));
        var out = spec.commandLine().getOut();
        if (output.json()) {
            Printer.json(out, ListPartiesResponse.newBuilder().addAllParties(page.items()).setNextPageToken(page.nextToken()));
            return 0;
        }
        Printer.table(out, List.of("key", "name", "kind", "country", "aliases"), page.items().stream()
                .map(p -> List.of(p.getKey(), p.getDisplayName(), Names.show(p.getKind()), p.getCountryCode(),
                        String.join(", ", p.getAliasesList())))
                .toList());
        PageOptions.more(out, page.nextToken());
        return 0;
    }
}
