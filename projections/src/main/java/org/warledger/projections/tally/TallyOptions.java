package org.warledger.projections.tally;

import org.warledger.domain.common.ClaimCategory;
import org.warledger.domain.common.TimeWindow;

/**
 * Narrows a tally. Every filter is optional (null = no narrowing). A claim is kept only if its
 * scope lies inside the request: its window inside {@code window}, its strikes exactly
 * {@code strikeId}. Figures about a wider scope are never apportioned to a narrower one.
 *
 * @param verifiedOnly count only claims graded {@link Grade#VERIFIED} (corroborated is not verified)
 */
public record TallyOptions(
        TimeWindow window, String strikeId, String party, ClaimCategory category, boolean verifiedOnly) {

    public static TallyOptions all() {
        return new TallyOptions(null, null, null, null, false);
    }

    public TallyOptions withWindow(TimeWindow w) {
        return new TallyOptions(w, strikeId, party, category, verifiedOnly);
    }

    public TallyOptions withStrike(String s) {
        return new TallyOptions(window, s, party, category, verifiedOnly);
    }

    public TallyOptions withParty(String p) {
        return new TallyOptions(window, strikeId, p, category, verifiedOnly);
    }

    public TallyOptions withCategory(ClaimCategory c) {
        return new TallyOptions(window, strikeId, party, c, verifiedOnly);
    }

    public TallyOptions onlyVerified() {
        return new TallyOptions(window, strikeId, party, category, true);
    }
}
