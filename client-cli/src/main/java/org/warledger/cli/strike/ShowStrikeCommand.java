package org.warledger.cli.strike;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.warledger.cli.common.OutputOptions;
import org.warledger.cli.common.Printer;
import org.warledger.cli.common.ServerOptions;
import org.warledger.cli.common.Times;
import org.warledger.proto.v1.GetStrikeRequest;
import org.warledger.proto.v1.QueryServiceGrpc;
import org.warledger.proto.v1.Strike;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warledger strike show ID}. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a strike as currently known.")
public class ShowStrikeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    OutputOptions output;
    @Parameters(index = "0", description = "Strike id.")
    String strikeId;

    @Override
    public Integer call() {
        var channel = server.channel();
        try {
            Strike s = QueryServiceGrpc.newBlockingStub(channel).withDeadlineAfter(server.timeoutSeconds(), TimeUnit.SECONDS)
                    .getStrike(GetStrikeRequest.newBuilder().setStrikeId(strikeId).build());
            var out = spec.commandLine().getOut();
            if (output.json()) {
                Printer.json(out, s);
            } else {
                Printer.table(out, List.of("field", "value"), List.of(
                        List.of("id", s.getStrikeId()), List.of("conflict", s.getConflictKey()),
                        List.of("attacker", s.getAttacker()), List.of("methods", s.getMethodsList().toString()),
                        List.of("target", s.getTargetDescription()),
                        List.of("where", s.getLocation().getPlaceName() + ", " + s.getLocation().getCountryCode()),
                        List.of("when", Times.show(s.getOccurred())), List.of("operation", s.getOperation()),
                        List.of("reported by", s.getSource().getReportedBy()),
                        List.of("outcomes", s.getOutcomesList().toString()),
                        List.of("corrections", String.valueOf(s.getCorrections()))));
            }
            return 0;
        } finally {
            ServerOptions.close(channel);
        }
    }
}
