package org.warledger.cli.claim;

import picocli.CommandLine.Command;

/** {@code warledger claim assert|retract|revise|assess|show}. */
@Command(name = "claim", mixinStandardHelpOptions = true,
        description = "Record what a claimant said, its retraction or revision, and an analyst's grading.",
        subcommands = {AssertClaimCommand.class, RetractClaimCommand.class, ReviseClaimCommand.class,
                AssessClaimCommand.class, ShowClaimCommand.class})
public class ClaimCommand {
}
