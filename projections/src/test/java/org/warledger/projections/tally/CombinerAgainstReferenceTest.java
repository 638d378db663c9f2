package org.warledger.projections.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The near-linear combiner gives exactly the figures of the original all-pairs algorithm, kept in
 * {@link ReferenceTally}, {@link ReferenceCombiner} and {@link ReferenceScope}, on seeded random
 * claims; a failure names its seed, to replay with {@code new RandomClaims(seed)}.
 */
class CombinerAgainstReferenceTest {

    private static final int SEEDS = 3_000;

    @Test
    void tallyRowsMatchTheReference() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            RandomClaims random = new RandomClaims(seed);
            List<TallyClaim> claims = random.claims(random.size());
            TallyOptions options = random.options();
            assertThat(TallyCalculator.tally(claims, options))
                    .as("seed %d, options %s, claims %s", seed, options, claims)
                    .isEqualTo(ReferenceTally.tally(claims, options));
        }
    }

    /** Also the parts rows do not show in full: every bound and best estimate, and any subset (as the credible one). */
    @Test
    void eachClaimantsCombinationMatchesTheReference() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            RandomClaims random = new RandomClaims(seed);
            Random subsets = new Random(seed);
            Map<String, List<TallyClaim>> byClaimant = random.claims(random.size()).stream()
                    .collect(Collectors.groupingBy(c -> c.claimantKey() + "/" + c.subjectParty() + "/" + c.category()));
            for (List<TallyClaim> claims : byClaimant.values()) {
                List<TallyClaim> expected = ReferenceCombiner.current(claims);
                List<ScopedClaim> actual = ClaimantCombiner.current(claims);
                String as = "seed " + seed + ", claims " + claims;
                assertThat(actual).extracting(ScopedClaim::claim).as(as).isEqualTo(expected);
                assertThat(ClaimantCombiner.combine(actual)).as(as).isEqualTo(ReferenceCombiner.combine(expected));

                List<ScopedClaim> some = new ArrayList<>(actual);
                some.removeIf(c -> subsets.nextInt(3) == 0);
                assertThat(ClaimantCombiner.combine(some)).as(as + ", subset " + some)
                        .isEqualTo(ReferenceCombiner.combine(some.stream().map(ScopedClaim::claim).toList()));
            }
        }
    }
}
