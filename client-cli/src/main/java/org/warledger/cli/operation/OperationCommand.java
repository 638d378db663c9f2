package org.warledger.cli.operation;

import picocli.CommandLine.Command;

/** {@code warledger operation launch|end|link|show}. */
@Command(name = "operation", mixinStandardHelpOptions = true, description = "Record and look up named operations.",
        subcommands = {LaunchOperationCommand.class, EndOperationCommand.class, LinkStrikeCommand.class,
                ShowOperationCommand.class})
public class OperationCommand {
}
