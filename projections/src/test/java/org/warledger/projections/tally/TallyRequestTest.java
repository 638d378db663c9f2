package org.warledger.projections.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warledger.domain.common.Quantity.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warledger.domain.common.ClaimCategory;
import org.warledger.domain.common.Quantity;

/** Narrowing a tally by window, strike, party and category, and the order of rows. */
class TallyRequestTest {

    private final List<TallyClaim> claims = List.of(
            Claims.killed("ISPR", exactly(4)).strikes("S1").window(Claims.days("2026-02-27", "2026-02-27")).build(),
            Claims.killed("ISPR", exactly(6)).strikes("S2").window(Claims.days("2026-02-28", "2026-02-28")).build(),
            Claims.killed("ISPR", exactly(30)).window(Claims.days("2026-02-26", "2026-02-28")).build(),
            Claims.by("MUJAHID", "IEA", ClaimCategory.INJURED, exactly(22)).build(),
            Claims.by("MUJAHID", "CIV-AFG", ClaimCategory.KILLED, Quantity.notGiven()).build());

    private static String figure(List<TallyRow> rows) {
        return rows.get(0).claimant("ISPR").display();
    }

    @Test
    void aWindowCountsOnlyClaimsWhollyInsideIt() {
        List<TallyRow> rows = TallyCalculator.tally(claims, TallyOptions.all().withParty("PAK")
                .withWindow(Claims.days("2026-02-27", "2026-02-27")));
        assertThat(figure(rows)).isEqualTo("4");
    }

    @Test
    void aStrikeCountsOnlyClaimsAboutThatStrike() {
        assertThat(figure(TallyCalculator.tally(claims, TallyOptions.all().withStrike("S2")))).isEqualTo("6");
    }

    @Test
    void partyAndCategoryNarrowTheRows() {
        assertThat(TallyCalculator.tally(claims, TallyOptions.all().withParty("IEA")))
                .extracting(TallyRow::category).containsExactly(ClaimCategory.INJURED);
        assertThat(TallyCalculator.tally(claims, TallyOptions.all().withCategory(ClaimCategory.KILLED)))
                .extracting(TallyRow::party).containsExactly("CIV-AFG", "PAK");
    }

    @Test
    void rowsAreSortedByPartyThenCategory() {
        List<TallyClaim> mixed = List.of(
                Claims.by("A", "PAK", ClaimCategory.INJURED, exactly(1)).build(),
                Claims.by("A", "IEA", ClaimCategory.MISSING, exactly(1)).build(),
                Claims.by("A", "PAK", ClaimCategory.KILLED, exactly(1)).build());
        assertThat(TallyCalculator.tally(mixed, TallyOptions.all()))
                .extracting(r -> r.party() + " " + r.category())
                .containsExactly("IEA MISSING", "PAK KILLED", "PAK INJURED");
    }

    @Test
    void figuresDisplayAsExactOpenBetweenOrUnknown() {
        assertThat(Display.of(12L, 12L, false, false)).isEqualTo("12");
        assertThat(Display.of(274L, null, true, false)).isEqualTo("274+");
        assertThat(Display.of(10L, 20L, false, false)).isEqualTo("10–20");
        assertThat(Display.of(null, null, false, true)).isEqualTo("unknown");
    }
}
