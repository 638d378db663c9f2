package org.warledger.cli.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.warledger.cli.common.Calls;
import org.warledger.cli.common.OutputOptions;
import org.warledger.cli.common.Printer;
import org.warledger.cli.common.ServerOptions;
import org.warledger.cli.common.Times;
import org.warledger.proto.v1.GetOperationRequest;
import org.warledger.proto.v1.Operation;
import org.warledger.proto.v1.Strike;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warledger operation show ID}: the operation and its strikes. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show an operation and its strikes.")
public class ShowOperationCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    OutputOptions output;
    @Parameters(index = "0", description = "Operation id.")
    String operationId;

    @Override
    public Integer call() {
        Operation op = Calls.query(server, s -> s.getOperation(GetOperationRequest.newBuilder()
                .setOperationId(operationId).build()));
        var out = spec.commandLine().getOut();
        if (output.json()) {
            Printer.json(out, op);
            return 0;
        }
        Printer.table(out, List.of("field", "value"), List.of(
                List.of("id", op.getOperationId()), List.of("conflict", op.getConflictKey()),
                List.of("name", op.getName()), List.of("party", op.getParty()),
                List.of("started", Times.show(op.getStarted())),
                List.of("ended", op.hasEnded() ? Times.show(op.getEnded()) : ""),
                List.of("reported by", op.getSource().getReportedBy()),
                List.of("unknown strikes", String.join(",", op.getUnknownStrikeIdsList()))));
        out.println();
        List<List<String>> rows = new ArrayList<>();
        for (Strike s : op.getStrikesList()) {
            rows.add(List.of(Times.show(s.getOccurred()), s.getStrikeId(), s.getAttacker(), s.getTargetDescription(),
                    s.getLocation().getPlaceName() + ", " + s.getLocation().getCountryCode()));
        }
        Printer.table(out, List.of("when", "strike", "attacker", "target", "where"), rows);
        return 0;
    }
}
