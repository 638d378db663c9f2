package org.warledger.cli.ceasefire;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.warledger.cli.common.Calls;
import org.warledger.cli.common.OutputOptions;
import org.warledger.cli.common.Printer;
import org.warledger.cli.common.ServerOptions;
import org.warledger.cli.common.Times;
import org.warledger.proto.v1.Ceasefire;
import org.warledger.proto.v1.CeasefireStatus;
import org.warledger.proto.v1.ListCeasefiresRequest;
import org.warledger.proto.v1.ListCeasefiresResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warledger ceasefires CONFLICT [--as-of T]}: the ceasefire board. */
@Command(name = "ceasefires", mixinStandardHelpOptions = true,
        description = "The ceasefire board of a conflict: each ceasefire's status now and at --as-of.")
public class CeasefiresCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    OutputOptions output;

    @Parameters(index = "0", description = "Conflict key, e.g. pak-afg-2026.")
    String conflict;
    @Option(names = "--as-of", description = "Also give each status at this moment (when things happened).")
    String asOf;

    @Override
    public Integer call() {
        var request = ListCeasefiresRequest.newBuilder().setConflictKey(conflict).setPageSize(1000);
        if (asOf != null) {
            request.setAsOf(Times.ts(Times.instant("--as-of", asOf)));
        }
        List<Ceasefire> all = new ArrayList<>();
        ListCeasefiresResponse page;
        do {
            page = Calls.query(server, s -> s.listCeasefires(request.build()));
            all.addAll(page.getCeasefiresList());
            request.setPageToken(page.getNextPageToken());
        } while (!page.getNextPageToken().isEmpty());
        var out = spec.commandLine().getOut();
        if (output.json()) {
            Printer.json(out, page.toBuilder().clearCeasefires().addAllCeasefires(all).setNextPageToken(""));
            return 0;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Ceasefire c : all) {
            List<String> allegations = c.getViolationsList().stream().map(v -> v.getAllegedBy() + " vs " + v.getAgainst())
                    .distinct().toList();
            rows.add(List.of(c.getCeasefireId(), String.join(",", c.getPartiesList()), Times.show(c.getAgreed()),
                    show(c.getStatus()), show(c.getStatusAsOf()), String.valueOf(c.getViolationsCount()),
                    String.join("; ", allegations)));
        }
        String asOfHeader = "status as of " + Times.show(page.getAsOf());
        Printer.table(out, List.of("id", "parties", "agreed", "status now", asOfHeader, "violations", "alleged by"),
                rows);
        return 0;
    }

    private static String show(CeasefireStatus status) {
        return status.name().substring("CEASEFIRE_STATUS_".length()).toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
