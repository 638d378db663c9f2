package org.warledger.cli.claim;

import java.util.concurrent.Callable;
import org.warledger.cli.common.Names;
import org.warledger.cli.common.ServerOptions;
import org.warledger.cli.common.Times;
import org.warledger.cli.common.WriteOptions;
import org.warledger.proto.v1.AssessClaimRequest;
import org.warledger.proto.v1.Grade;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warledger claim assess ID --grade verified --analyst ...}. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Grade a claim; the latest assessment counts (tally --verified-only uses it).")
public class AssessClaimCommand implements Callable<Integer> {

    /** Grades. */
    enum GradeName { unverified, corroborated, verified, disputed, discounted }

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    WriteOptions write;
    @Parameters(index = "0", description = "Claim id.")
    String claimId;
    @Option(names = "--grade", required = true, description = "${COMPLETION-CANDIDATES}.")
    GradeName grade;
    @Option(names = "--analyst", required = true, description = "Who assessed it.")
    String analyst;
    @Option(names = "--note", description = "Why.")
    String note = "";
    @Option(names = "--at", description = "When (2026-02-27 or ISO instant; default: now).")
    String at;

    @Override
    public Integer call() {
        var request = AssessClaimRequest.newBuilder().setContext(write.context(server)).setClaimId(claimId)
                .setGrade(Grade.valueOf(Names.proto("GRADE_", grade))).setAnalyst(analyst).setNote(note)
                .setAssessedAt(Times.ts(Times.instantOrNow("--at", at))).build();
        var result = server.call(api -> api.commands().assessClaim(request));
        spec.commandLine().getOut().println(WriteOptions.describe("assessed claim", result));
        return 0;
    }
}
