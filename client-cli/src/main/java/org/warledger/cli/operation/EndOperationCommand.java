package org.warledger.cli.operation;

import java.util.concurrent.Callable;
import org.warledger.cli.common.Calls;
import org.warledger.cli.common.ServerOptions;
import org.warledger.cli.common.SourceOptions;
import org.warledger.cli.common.Times;
import org.warledger.cli.common.WriteOptions;
import org.warledger.proto.v1.EndOperationRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warledger operation end ID}. */
@Command(name = "end", mixinStandardHelpOptions = true, description = "Record that an operation ended.")
public class EndOperationCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    WriteOptions write;
    @ArgGroup(exclusive = false, heading = "Source%n")
    SourceOptions source = new SourceOptions();

    @Parameters(index = "0", description = "Operation id.")
    String operationId;
    @Option(names = "--when", required = true, description = "When it ended.")
    String when;

    @Override
    public Integer call() {
        var request = EndOperationRequest.newBuilder().setContext(write.context(server)).setOperationId(operationId)
                .setEnded(Times.window("--when", when)).setSource(source.toProto()).build();
        var result = Calls.command(server, s -> s.endOperation(request));
        spec.commandLine().getOut().println(WriteOptions.describe("recorded end of operation", result));
        return 0;
    }
}
