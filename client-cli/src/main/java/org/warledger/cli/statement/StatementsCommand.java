package org.warledger.cli.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.warledger.cli.common.Calls;
import org.warledger.cli.common.OutputOptions;
import org.warledger.cli.common.Printer;
import org.warledger.cli.common.ServerOptions;
import org.warledger.cli.common.Times;
import org.warledger.proto.v1.ListStatementsRequest;
import org.warledger.proto.v1.ListStatementsResponse;
import org.warledger.proto.v1.Statement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warledger statements CONFLICT}: statements in the order they were made. */
@Command(name = "statements", mixinStandardHelpOptions = true, description = "List a conflict's statements.")
public class StatementsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    OutputOptions output;

    @Parameters(index = "0", description = "Conflict key, e.g. pak-afg-2026.")
    String conflict;
    @Option(names = "--page-size", defaultValue = "100", description = "Statements per page (default ${DEFAULT-VALUE}).")
    int pageSize;
    @Option(names = "--page-token", description = "Continue from this token (printed after a full page).")
    String pageToken;

    @Override
    public Integer call() {
        var request = ListStatementsRequest.newBuilder().setConflictKey(conflict).setPageSize(pageSize);
        if (pageToken != null) {
            request.setPageToken(pageToken);
        }
        ListStatementsResponse page = Calls.query(server, s -> s.listStatements(request.build()));
        var out = spec.commandLine().getOut();
        if (output.json()) {
            Printer.json(out, page);
            return 0;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Statement s : page.getStatementsList()) {
            rows.add(List.of(Times.show(s.getMadeAt()), s.getSpeaksFor(), s.getSpeaker(), stances(s), s.getSummary()));
        }
        Printer.table(out, List.of("when", "for", "speaker", "stances", "summary"), rows);
        if (!page.getNextPageToken().isEmpty()) {
            out.println("more: --page-token " + page.getNextPageToken());
        }
        return 0;
    }

    private static String stances(Statement s) {
        return String.join(", ", s.getStancesList().stream()
                .map(st -> st.name().substring("STANCE_".length()).toLowerCase(Locale.ROOT).replace('_', ' ')).toList());
    }
}
