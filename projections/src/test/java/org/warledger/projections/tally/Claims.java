package org.warledger.projections.tally;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.warledger.domain.common.ClaimCategory;
import org.warledger.domain.common.Quantity;
import org.warledger.domain.common.TimePrecision;
import org.warledger.domain.common.TimeWindow;

/** Test builder for tally claims; positions increase in creation order. */
final class Claims {

    private static long nextPosition = 1;

    static final TimeWindow FEB_26_TO_28 = days("2026-02-26", "2026-02-28");

    private String claimant = "ISPR";
    private String party = "PAK";
    private ClaimCategory category = ClaimCategory.KILLED;
    private Quantity quantity = Quantity.notGiven();
    private TimeWindow window = FEB_26_TO_28;
    private List<String> strikes = List.of();
    private String operation;
    private Set<String> operationStrikes = Set.of();
    private Grade grade = Grade.UNVERIFIED;
    private boolean retracted;
    private final long position = nextPosition++;

    static Claims by(String claimant, String party, ClaimCategory category, Quantity quantity) {
        Claims c = new Claims();
        c.claimant = claimant;
        c.party = party;
        c.category = category;
        c.quantity = quantity;
        return c;
    }

    static Claims killed(String claimant, Quantity quantity) {
        return by(claimant, "PAK", ClaimCategory.KILLED, quantity);
    }

    static TimeWindow days(String from, String to) {
        return new TimeWindow(Instant.parse(from + "T00:00:00Z"), Instant.parse(to + "T00:00:00Z"), TimePrecision.DAY);
    }

    Claims window(TimeWindow w) {
        window = w;
        return this;
    }

    Claims strikes(String... ids) {
        strikes = List.of(ids);
        return this;
    }

    Claims operation(String name, String... knownStrikes) {
        operation = name;
        operationStrikes = Set.of(knownStrikes);
        return this;
    }

    Claims grade(Grade g) {
        grade = g;
        return this;
    }

    Claims retracted() {
        retracted = true;
        return this;
    }

    TallyClaim build() {
        return new TallyClaim("c" + position, claimant, party, category, quantity, window, strikes,
                operation, operationStrikes, grade, retracted, position);
    }
}
