package org.warledger.cli.admin;

import picocli.CommandLine.Command;

/** {@code warledger admin rebuild}. */
@Command(name = "admin", mixinStandardHelpOptions = true, description = "Operate the server's read models.",
        subcommands = {RebuildCommand.class})
public class AdminCommand {
}
