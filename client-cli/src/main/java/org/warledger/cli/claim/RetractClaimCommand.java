package org.warledger.cli.claim;

import java.util.concurrent.Callable;
import org.warledger.cli.common.ServerOptions;
import org.warledger.cli.common.Times;
import org.warledger.cli.common.WriteOptions;
import org.warledger.proto.v1.RetractClaimRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warledger claim retract ID --reason ...}. */
@Command(name = "retract", mixinStandardHelpOptions = true,
        description = "Record that the claimant withdrew a claim: it stays in the history and never counts again.")
public class RetractClaimCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    WriteOptions write;
    @Parameters(index = "0", description = "Claim id.")
    String claimId;
    @Option(names = "--reason", required = true, description = "Why, e.g. \"post deleted\".")
    String reason;
    @Option(names = "--at", description = "When it was withdrawn (2026-02-27 or ISO instant; default: now).")
    String at;

    @Override
    public Integer call() {
        var request = RetractClaimRequest.newBuilder().setContext(write.context(server)).setClaimId(claimId)
                .setReason(reason).setRetractedAt(Times.ts(Times.instantOrNow("--at", at))).build();
        var result = server.call(api -> api.commands().retractClaim(request));
        spec.commandLine().getOut().println(WriteOptions.describe("retracted claim", result));
        return 0;
    }
}
