package org.warledger.cli.operation;

import java.util.concurrent.Callable;
import org.warledger.cli.common.Calls;
import org.warledger.cli.common.ServerOptions;
import org.warledger.cli.common.WriteOptions;
import org.warledger.proto.v1.LinkStrikeToOperationRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warledger operation link OPERATION STRIKE}. */
@Command(name = "link", mixinStandardHelpOptions = true, description = "Record that a strike was part of an operation.")
public class LinkStrikeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    WriteOptions write;

    @Parameters(index = "0", description = "Operation id.")
    String operationId;
    @Parameters(index = "1", description = "Strike id.")
    String strikeId;

    @Override
    public Integer call() {
        var request = LinkStrikeToOperationRequest.newBuilder().setContext(write.context(server))
                .setOperationId(operationId).setStrikeId(strikeId).build();
        var result = Calls.command(server, s -> s.linkStrikeToOperation(request));
        spec.commandLine().getOut().println(WriteOptions.describe("linked strike " + strikeId + " to operation", result));
        return 0;
    }
}
