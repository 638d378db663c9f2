package org.warledger.cli;

import org.warledger.cli.admin.AdminCommand;
import org.warledger.cli.audit.AuditCommand;
import org.warledger.cli.ceasefire.CeasefireCommand;
import org.warledger.cli.ceasefire.CeasefiresCommand;
import org.warledger.cli.common.ErrorHandler;
import org.warledger.cli.operation.OperationCommand;
import org.warledger.cli.statement.StatementCommand;
import org.warledger.cli.statement.StatementsCommand;
import org.warledger.cli.strike.StrikeCommand;
import org.warledger.cli.timeline.TimelineCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The operators' command line: records and queries the ledger over gRPC. */
@Command(name = "warledger", mixinStandardHelpOptions = true, version = "warledger 0.1.0",
        description = "Records and queries the Warledger event ledger over gRPC.",
        subcommands = {StrikeCommand.class, TimelineCommand.class, AuditCommand.class, AdminCommand.class,
                CeasefireCommand.class, CeasefiresCommand.class, StatementCommand.class, StatementsCommand.class,
                OperationCommand.class,
                CommandLine.HelpCommand.class})
public class WarledgerCli {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (also used by tests with captured output). */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new WarledgerCli());
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        return cmd;
    }
}
