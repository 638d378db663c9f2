package org.warledger.cli.ceasefire;

import picocli.CommandLine.Command;

/** {@code warledger ceasefire report|violation|collapse|end|renew}. */
@Command(name = "ceasefire", mixinStandardHelpOptions = true, description = "Record a ceasefire and its life.",
        subcommands = {ReportCeasefireCommand.class, AllegeViolationCommand.class, CollapseCeasefireCommand.class,
                EndCeasefireCommand.class, RenewCeasefireCommand.class})
public class CeasefireCommand {
}
