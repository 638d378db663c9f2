package org.warledger.cli.admin;

import java.util.concurrent.Callable;
import org.warledger.cli.common.ServerOptions;
import org.warledger.proto.v1.AdminServiceGrpc;
import org.warledger.proto.v1.RebuildProgress;
import org.warledger.proto.v1.RebuildProjectionRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warledger admin rebuild [PROJECTION]}: reset and replay read models, with a progress bar. */
@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = "Reset a read model (or all) and replay the log into it, showing progress.")
public class RebuildCommand implements Callable<Integer> {

    private static final int WIDTH = 30;

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Parameters(index = "0", arity = "0..1", defaultValue = "", description = "Projection, e.g. timeline (default: all).")
    String projection;

    @Override
    public Integer call() {
        var channel = server.channel();
        var out = spec.commandLine().getOut();
        try {
            var progress = AdminServiceGrpc.newBlockingStub(channel)
                    .rebuildProjection(RebuildProjectionRequest.newBuilder().setProjection(projection).build());
            while (progress.hasNext()) {
                RebuildProgress p = progress.next();
                out.print("\r" + bar(p));
                if (p.getDone()) {
                    out.println();
                }
                out.flush();
            }
            return 0;
        } finally {
            ServerOptions.close(channel);
        }
    }

    static String bar(RebuildProgress p) {
        double share = p.getHeadPosition() == 0 ? 1 : (double) p.getProcessedPosition() / p.getHeadPosition();
        int filled = (int) Math.round(share * WIDTH);
        return String.format("%-12s [%s%s] %3d%% %d/%d", p.getProjection(), "#".repeat(filled),
                " ".repeat(WIDTH - filled), Math.round(share * 100), p.getProcessedPosition(), p.getHeadPosition());
    }
}
