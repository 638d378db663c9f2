package org.warledger.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar warledger-bench.jar run ...}: the whole-system benchmark. */
@Command(name = "warledger-bench", mixinStandardHelpOptions = true, version = "warledger-bench 0.1.0",
        description = "Load generator and baselines for the Warledger server.",
        subcommands = {RunCommand.class})
public final class BenchCli {

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCli()).execute(args));
    }
}
