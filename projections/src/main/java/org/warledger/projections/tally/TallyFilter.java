package org.warledger.projections.tally;

import java.util.Set;

/** Decides which claims a tally request counts. */
final class TallyFilter {

    private final TallyOptions options;
    private final Span requested;

    TallyFilter(TallyOptions options) {
        this.options = options == null ? TallyOptions.all() : options;
        this.requested = Span.of(this.options.window());
    }

    boolean counts(TallyClaim c) {
        if (c.retracted()) {
            return false;
        }
        if (options.verifiedOnly() && c.grade() != Grade.VERIFIED) {
            return false;
        }
        if (options.party() != null && !options.party().equals(c.subjectParty())) {
            return false;
        }
        if (options.category() != null && options.category() != c.category()) {
            return false;
        }
        if (options.strikeId() != null && !Set.of(options.strikeId()).equals(Set.copyOf(c.strikeIds()))) {
            return false;
        }
        return requested == null || (c.window() != null && requested.contains(Span.of(c.window())));
    }
}
