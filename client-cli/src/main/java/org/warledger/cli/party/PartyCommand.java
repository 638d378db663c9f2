package org.warledger.cli.party;

import picocli.CommandLine.Command;

/** {@code warledger party register|rename|alias|list}. */
@Command(name = "party", mixinStandardHelpOptions = true, description = "Register and look up parties to a conflict.",
        subcommands = {RegisterPartyCommand.class, RenamePartyCommand.class, PartyAliasCommand.class,
                ListPartiesCommand.class})
public class PartyCommand {
}
