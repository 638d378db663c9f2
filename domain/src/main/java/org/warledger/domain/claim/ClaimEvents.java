package org.warledger.domain.claim;

import java.time.Instant;
import org.warledger.domain.common.ClaimCategory;
import org.warledger.domain.common.Quantity;

/** The events of the claim aggregate. Stored forms are a public contract: only add fields. */
public final class ClaimEvents {

    private ClaimEvents() {
    }

    /** A claimant said a figure about a party. */
    public record ClaimAsserted(String claimId, String conflictKey, String claimantKey, Instant statedAt,
                                Channel channel, String citation, String originalWords, ClaimScope scope,
                                String subjectParty, ClaimCategory category, Quantity quantity) {
    }

    /** The claimant withdrew the claim; it no longer counts in any tally. */
    public record ClaimRetracted(String claimId, String conflictKey, String reason, Instant retractedAt) {
    }

    /** The claimant changed its figure; {@code revision} counts from 1 (the assertion is revision 0). */
    public record ClaimRevised(String claimId, String conflictKey, Quantity previous, Quantity quantity,
                               Instant revisedAt, String citation, String originalWords, String note,
                               int revision) {
    }

    /** An analyst graded the claim. */
    public record ClaimAssessed(String claimId, String conflictKey, Grade grade, Grade previousGrade,
                                String analyst, String note, Instant assessedAt) {
    }
}
