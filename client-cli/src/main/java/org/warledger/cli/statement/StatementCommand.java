package org.warledger.cli.statement;

import picocli.CommandLine.Command;

/** {@code warledger statement record}. */
@Command(name = "statement", mixinStandardHelpOptions = true, description = "Record diplomatic and official statements.",
        subcommands = {RecordStatementCommand.class})
public class StatementCommand {
}
