package org.warledger.cli.strike;

import picocli.CommandLine.Command;

/** {@code warledger strike record|outcome|show}. */
@Command(name = "strike", mixinStandardHelpOptions = true, description = "Record and look up strikes.",
        subcommands = {RecordStrikeCommand.class, StrikeOutcomeCommand.class, ShowStrikeCommand.class})
public class StrikeCommand {
}
