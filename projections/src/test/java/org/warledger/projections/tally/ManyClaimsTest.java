package org.warledger.projections.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.warledger.domain.common.ClaimCategory;
import org.warledger.domain.common.Quantity;
import org.warledger.domain.common.TimeWindow;

/** A claimant's figure over thousands of claims, the size of a long real conflict. */
class ManyClaimsTest {

    private static final int STRIKES = 5_000;
    private static final Instant T0 = Instant.parse("2026-02-26T00:00:00Z");

    /** One claim per strike, "exactly i mod 10" killed in strike i: 500 × (0 + 1 + … + 9). */
    private static List<TallyClaim> oneClaimPerStrike() {
        List<TallyClaim> claims = new ArrayList<>();
        for (int i = 0; i < STRIKES; i++) {
            claims.add(claim("c" + i, Quantity.exactly(i % 10), TimeWindow.exact(T0.plus(Duration.ofMinutes(i))),
                    List.of("S" + i), i + 1));
        }
        return claims;
    }

    private static TallyClaim claim(String id, Quantity q, TimeWindow w, List<String> strikes, long position) {
        return new TallyClaim(id, "ISPR", "PAK", ClaimCategory.KILLED, q, w, strikes, null, Set.of(),
                Grade.UNVERIFIED, false, position);
    }

    @Test
    void disjointStrikesAddUp() {
        TallyRow row = TallyCalculator.tally(oneClaimPerStrike(), TallyOptions.all()).get(0);
        assertThat(row.claimant("ISPR").display()).isEqualTo("22500");
        assertThat(row.claimant("ISPR").claimCount()).isEqualTo(STRIKES);
        assertThat(row.range().display()).isEqualTo("22500");
        assertThat(row.bestLow()).isEqualTo(22_500L);
    }

    @Test
    void aRevisedStrikeCountsOnceAndAWholeConflictFigureContainsThemAll() {
        List<TallyClaim> claims = oneClaimPerStrike();
        // Strike S9 restated later (9 → 100): +91.
        claims.add(claim("again", Quantity.exactly(100), claims.get(9).window(), List.of("S9"), STRIKES + 1));
        assertThat(TallyCalculator.tally(claims, TallyOptions.all()).get(0).claimant("ISPR").display())
                .isEqualTo("22591");

        claims.add(claim("whole", Quantity.atLeast(20_000), null, List.of(), STRIKES + 2));
        assertThat(TallyCalculator.tally(claims, TallyOptions.all()).get(0).claimant("ISPR").display())
                .isEqualTo("22591+");
    }
}
