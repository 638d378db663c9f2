package org.warledger.domain.claim;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.warledger.domain.common.ClaimCategory;
import org.warledger.domain.common.Quantity;

/** The commands of the claim aggregate. */
public final class ClaimCommands {

    private ClaimCommands() {
    }

    /** Records that a claimant said a figure about a party, in its own words. */
    public record AssertClaim(@TargetAggregateIdentifier String claimId, String conflictKey, String claimantKey,
                              Instant statedAt, Channel channel, String citation, String originalWords,
                              ClaimScope scope, String subjectParty, ClaimCategory category, Quantity quantity) {
    }

    /** Records that the claimant withdrew the claim (e.g. deleted the post). */
    public record RetractClaim(@TargetAggregateIdentifier String claimId, String reason, Instant retractedAt) {
    }

    /** Records that the claimant changed its figure. */
    public record ReviseClaim(@TargetAggregateIdentifier String claimId, Quantity quantity, Instant revisedAt,
                              String citation, String originalWords, String note) {
    }

    /** Records an analyst's grading of the claim. */
    public record AssessClaim(@TargetAggregateIdentifier String claimId, Grade grade, String analyst, String note,
                              Instant assessedAt) {
    }
}
