package org.warledger.cli.tally;

import java.util.concurrent.Callable;
import org.warledger.cli.claim.Category;
import org.warledger.cli.common.OutputOptions;
import org.warledger.cli.common.Printer;
import org.warledger.cli.common.ServerOptions;
import org.warledger.cli.common.Times;
import org.warledger.proto.v1.GetTallyRequest;
import org.warledger.proto.v1.TimePrecision;
import org.warledger.proto.v1.TimeWindow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warledger tally CONFLICT}: who claims what, side by side, per (party, category). */
@Command(name = "tally", mixinStandardHelpOptions = true,
        description = {"The casualty tally of a conflict: per party and category, each claimant's current figure, "
                + "the range across them, whether it is contested, and a conservative figure.",
                "Claimants' figures are never added together (rules: docs/COUNTING.md)."})
public class TallyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    OutputOptions output;
    @Parameters(index = "0", description = "Conflict key, e.g. pak-afg-2026.")
    String conflict;
    @Option(names = "--party", description = "Only this party (key or alias).")
    String party = "";
    @Option(names = "--category", description = "Only this category: ${COMPLETION-CANDIDATES}.")
    Category category;
    @Option(names = "--strike", description = "Only claims about exactly this strike.")
    String strike = "";
    @Option(names = "--from", description = "Only claims whose window starts at or after this (2026-02-26 or instant).")
    String from;
    @Option(names = "--to", description = "Only claims whose window ends by this (a day counts to its end).")
    String to;
    @Option(names = "--verified-only", description = "Count only claims graded verified.")
    boolean verifiedOnly;
    @Option(names = "--as-recorded-at", description = "The tally as recorded at this time (the server may refuse it).")
    String asRecordedAt;

    @Override
    public Integer call() {
        var request = GetTallyRequest.newBuilder().setConflictKey(conflict).setParty(party).setStrikeId(strike)
                .setVerifiedOnly(verifiedOnly);
        if (category != null) {
            request.setCategory(category.toProto());
        }
        if (from != null || to != null) {
            var window = TimeWindow.newBuilder().setPrecision(from != null && to != null
                    ? TimePrecision.TIME_PRECISION_EXACT : TimePrecision.TIME_PRECISION_UNKNOWN);
            if (from != null) {
                window.setStart(Times.window("--from", from).getStart());
            }
            if (to != null) {
                window.setEnd(Times.window("--to", to).getEnd());
            }
            request.setWindow(window);
        }
        if (asRecordedAt != null) {
            request.setAsRecordedAt(Times.ts(Times.instant("--as-recorded-at", asRecordedAt)));
        }
        var tally = server.call(api -> api.queries().getTally(request.build()));
        if (output.json()) {
            Printer.json(spec.commandLine().getOut(), tally);
        } else {
            TallyTable.print(spec.commandLine().getOut(), tally.getRowsList());
        }
        return 0;
    }
}
