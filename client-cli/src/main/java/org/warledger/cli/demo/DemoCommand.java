package org.warledger.cli.demo;

import picocli.CommandLine.Command;

/** {@code warledger demo load}. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Load the demonstration story.",
        subcommands = {DemoLoadCommand.class})
public class DemoCommand {
}
