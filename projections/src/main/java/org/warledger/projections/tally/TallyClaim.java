package org.warledger.projections.tally;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.warledger.domain.common.ClaimCategory;
import org.warledger.domain.common.Quantity;
import org.warledger.domain.common.TimeWindow;

/**
 * One claim as the tally sees it: the claimant's current figure (a revision replaces the
 * quantity, it does not add a claim) about a party, a category and a scope.
 *
 * @param strikeIds          the strikes the figure is about; empty when it is about an operation,
 *                           a time window or the whole conflict
 * @param operation          the named operation the claim is about or belongs to, or null
 * @param operationStrikeIds strikes known to belong to {@code operation} (may be empty)
 * @param window             when the counted events happened, or null if not recorded
 * @param position           recording order; the later of two claims about the same scope wins
 */
public record TallyClaim(
        String claimId,
        String claimantKey,
        String subjectParty,
        ClaimCategory category,
        Quantity quantity,
        TimeWindow window,
        List<String> strikeIds,
        String operation,
        Set<String> operationStrikeIds,
        Grade grade,
        boolean retracted,
        long position) {

    public TallyClaim {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(claimantKey, "claimantKey");
        Objects.requireNonNull(subjectParty, "subjectParty");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(grade, "grade");
        strikeIds = strikeIds == null ? List.of() : List.copyOf(strikeIds);
        operationStrikeIds = operationStrikeIds == null ? Set.of() : Set.copyOf(operationStrikeIds);
    }
}
