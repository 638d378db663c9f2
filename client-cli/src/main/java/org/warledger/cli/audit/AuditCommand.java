package org.warledger.cli.audit;

import picocli.CommandLine.Command;

/** {@code warledger audit log|history|verify|export}. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Replay the event log, see an entity's history, verify and export the hash chain.",
        subcommands = {AuditLogCommand.class, AuditHistoryCommand.class, AuditVerifyCommand.class,
                AuditExportCommand.class})
public class AuditCommand {
}
