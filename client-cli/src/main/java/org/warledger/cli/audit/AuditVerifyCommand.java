package org.warledger.cli.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.warledger.chain.OfflineVerifier;
import org.warledger.chain.VerificationResult;
import org.warledger.cli.common.OutputOptions;
import org.warledger.cli.common.Printer;
import org.warledger.cli.common.ServerOptions;
import org.warledger.cli.common.UserException;
import org.warledger.proto.v1.AuditServiceGrpc;
import org.warledger.proto.v1.VerifyChainRequest;
import org.warledger.proto.v1.VerifyChainResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code warledger audit verify [--file F]}: on the server, or offline on an export. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify the hash chain: the server walks its log, or with --file an export is checked "
                + "offline, without a server.", "Exit code 8 if the chain is broken. Compare the printed head "
                + "hash with a saved or published one: only that shows events cut from the end."})
public class AuditVerifyCommand implements Callable<Integer> {

    static final int BROKEN = 8;

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    OutputOptions output;
    @Option(names = "--file", description = "An export (NDJSON) to verify offline.")
    Path file;

    @Override
    public Integer call() throws Exception {
        VerifyChainResponse verdict = file != null ? offline() : online();
        var out = spec.commandLine().getOut();
        if (output.json()) {
            Printer.json(out, verdict);
        } else {
            out.println(verdict.getOk()
                    ? "OK: " + verdict.getEventsChecked() + " events"
                    : "BROKEN at position " + verdict.getFirstBrokenPosition() + ": " + verdict.getProblem());
            out.println((verdict.getOk() ? "head position " : "last intact position ") + verdict.getHeadPosition());
            out.println((verdict.getOk() ? "head hash " : "last intact hash ") + verdict.getHeadHash());
        }
        return verdict.getOk() ? 0 : BROKEN;
    }

    private VerifyChainResponse offline() throws java.io.IOException {
        if (!Files.isReadable(file)) {
            throw new UserException("--file: cannot read " + file);
        }
        VerificationResult r = OfflineVerifier.verify(file);
        return VerifyChainResponse.newBuilder().setOk(r.ok()).setEventsChecked(r.eventsChecked())
                .setFirstBrokenPosition(r.firstBrokenPosition() == null ? 0 : r.firstBrokenPosition())
                .setProblem(r.problem() == null ? "" : r.problem()).setHeadPosition(r.headPosition())
                .setHeadHash(r.headHash()).build();
    }

    private VerifyChainResponse online() {
        var channel = server.channel();
        try {
            // no deadline: walking a large log takes as long as it takes
            return AuditServiceGrpc.newBlockingStub(channel).verifyChain(VerifyChainRequest.getDefaultInstance());
        } finally {
            ServerOptions.close(channel);
        }
    }
}
