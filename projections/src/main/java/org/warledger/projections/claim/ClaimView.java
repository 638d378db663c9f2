package org.warledger.projections.claim;

import java.time.Instant;
import org.warledger.domain.claim.Channel;
import org.warledger.domain.claim.ClaimScope;
import org.warledger.domain.claim.Grade;
import org.warledger.domain.common.ClaimCategory;
import org.warledger.domain.common.Quantity;

/**
 * A claim as currently known: the assertion with its latest figure, grade and retraction.
 *
 * @param position global position of the assertion (recording order)
 */
public record ClaimView(String claimId, String conflictKey, String claimantKey, Instant statedAt, Channel channel,
                        String citation, String originalWords, ClaimScope scope, String subjectParty,
                        ClaimCategory category, Quantity quantity, int revisions, Grade grade, boolean retracted,
                        String retractionReason, Instant recordedAt, long position) {

    ClaimView revised(Quantity value, int revision) {
        return new ClaimView(claimId, conflictKey, claimantKey, statedAt, channel, citation, originalWords, scope,
                subjectParty, category, value, revision, grade, retracted, retractionReason, recordedAt, position);
    }

    ClaimView graded(Grade value) {
        return new ClaimView(claimId, conflictKey, claimantKey, statedAt, channel, citation, originalWords, scope,
                subjectParty, category, quantity, revisions, value, retracted, retractionReason, recordedAt, position);
    }

    ClaimView retracted(String reason) {
        return new ClaimView(claimId, conflictKey, claimantKey, statedAt, channel, citation, originalWords, scope,
                subjectParty, category, quantity, revisions, grade, true, reason, recordedAt, position);
    }
}
