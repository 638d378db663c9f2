package org.warledger.cli.claimant;

import picocli.CommandLine.Command;

/** {@code warledger claimant register|rename|alias|list}. */
@Command(name = "claimant", mixinStandardHelpOptions = true,
        description = "Register and look up claimants: spokespeople, ministries, media, NGOs, datasets.",
        subcommands = {RegisterClaimantCommand.class, RenameClaimantCommand.class, ClaimantAliasCommand.class,
                ListClaimantsCommand.class})
public class ClaimantCommand {
}
