package org.warledger.cli.tally;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.warledger.cli.common.Names;
import org.warledger.cli.common.Printer;
import org.warledger.proto.v1.GradeCount;
import org.warledger.proto.v1.TallyRow;

/**
 * The tally as people read it: one line per (party, category), each claimant's figure side by
 * side, the range, a CONTESTED marker. No column ever adds claimants' figures together.
 */
final class TallyTable {

    static final List<String> HEADER = List.of("party", "category", "by claimant", "range", "contested",
            "conservative", "best", "claims", "grades");

    private TallyTable() {
    }

    static void print(PrintWriter out, List<TallyRow> rows) {
        Printer.table(out, HEADER, rows.stream().map(TallyTable::row).toList());
    }

    static List<String> row(TallyRow r) {
        return List.of(r.getParty(), Names.show(r.getCategory()), byClaimant(r), r.getRange().getDisplay(),
                r.getContested() ? "CONTESTED" : "", r.hasConservative() ? String.valueOf(r.getConservative()) : "-",
                best(r), String.valueOf(r.getClaimCount()), grades(r.getGradesList()));
    }

    /** "ISPR 12 · MUJAHID 55". */
    static String byClaimant(TallyRow r) {
        return r.getByClaimantList().stream().map(f -> f.getClaimant() + " " + f.getDisplay())
                .collect(Collectors.joining(" · "));
    }

    private static String best(TallyRow r) {
        if (!r.hasBestLow()) {
            return "-";
        }
        return r.getBestLow() == r.getBestHigh() ? String.valueOf(r.getBestLow()) : r.getBestLow() + "–" + r.getBestHigh();
    }

    private static String grades(List<GradeCount> grades) {
        return grades.stream().map(g -> g.getCount() + " " + Names.show(g.getGrade())).collect(Collectors.joining(", "));
    }
}
