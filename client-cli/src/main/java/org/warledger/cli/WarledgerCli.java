package org.warledger.cli;

import org.warledger.cli.admin.AdminCommand;
import org.warledger.cli.audit.AuditCommand;
import org.warledger.cli.ceasefire.CeasefireCommand;
import org.warledger.cli.ceasefire.CeasefiresCommand;
import org.warledger.cli.common.ErrorHandler;
import org.warledger.cli.operation.OperationCommand;
import org.warledger.cli.statement.StatementCommand;
import org.warledger.cli.statement.StatementsCommand;
import org.warledger.cli.claim.ClaimCommand;
import org.warledger.cli.claim.ClaimsCommand;
import org.warledger.cli.claimant.ClaimantCommand;
import org.warledger.cli.demo.DemoCommand;
import org.warledger.cli.party.PartyCommand;
import org.warledger.cli.importer.ImportCommand;
import org.warledger.cli.strike.StrikeCommand;
import org.warledger.cli.tally.TallyCommand;
import org.warledger.cli.timeline.TimelineCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The operators' command line: records and queries the ledger over gRPC. */
@Command(name = "warledger", mixinStandardHelpOptions = true, version = "warledger 0.1.0",
        description = "Records and queries the Warledger event ledger over gRPC.",
        subcommands = {StrikeCommand.class, TimelineCommand.class, AuditCommand.class, AdminCommand.class,
                CeasefireCommand.class, CeasefiresCommand.class, StatementCommand.class, StatementsCommand.class,
                OperationCommand.class,
                PartyCommand.class, ClaimantCommand.class, ClaimCommand.class, ClaimsCommand.class, TallyCommand.class,
                DemoCommand.class, ImportCommand.class,
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
