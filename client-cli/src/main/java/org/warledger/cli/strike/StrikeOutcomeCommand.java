package org.warledger.cli.strike;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.warledger.cli.common.ServerOptions;
import org.warledger.cli.common.SourceOptions;
import org.warledger.cli.common.WriteOptions;
import org.warledger.proto.v1.CommandServiceGrpc;
import org.warledger.proto.v1.RecordStrikeOutcomeRequest;
import org.warledger.proto.v1.StrikeOutcome;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warledger strike outcome ID --outcome intercepted}. */
@Command(name = "outcome", mixinStandardHelpOptions = true, description = "Record what became of a strike.")
public class StrikeOutcomeCommand implements Callable<Integer> {

    /** Outcomes. */
    enum Outcome { hit, intercepted, destroyed, missed, repelled }

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    WriteOptions write;
    @ArgGroup(exclusive = false, heading = "Source%n")
    SourceOptions source = new SourceOptions();

    @Parameters(index = "0", description = "Strike id.")
    String strikeId;
    @Option(names = "--outcome", required = true, description = "${COMPLETION-CANDIDATES}.")
    Outcome outcome;
    @Option(names = "--description", description = "Free text.")
    String description = "";

    @Override
    public Integer call() {
        var request = RecordStrikeOutcomeRequest.newBuilder().setContext(write.context(server)).setStrikeId(strikeId)
                .setOutcome(StrikeOutcome.valueOf("STRIKE_OUTCOME_" + outcome.name().toUpperCase(Locale.ROOT)))
                .setDescription(description).setSource(source.toProto()).build();
        var channel = server.channel();
        try {
            var result = CommandServiceGrpc.newBlockingStub(channel)
                    .withDeadlineAfter(server.timeoutSeconds(), TimeUnit.SECONDS).recordStrikeOutcome(request);
            spec.commandLine().getOut().println(WriteOptions.describe("recorded outcome of strike", result));
            return 0;
        } finally {
            ServerOptions.close(channel);
        }
    }
}
