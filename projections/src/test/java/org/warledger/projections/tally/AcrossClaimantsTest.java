package org.warledger.projections.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warledger.domain.common.Quantity.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules that compare claimants: side by side, range, contested, conservative, best, grades. */
class AcrossClaimantsTest {

    private static TallyRow only(Claims... claims) {
        List<TallyRow> rows = TallyCalculator.tally(
                java.util.Arrays.stream(claims).map(Claims::build).toList(), TallyOptions.all());
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void differentClaimantsAreShownSideBySideAndNeverSummed() {
        TallyRow r = only(Claims.killed("ISPR", exactly(12)), Claims.killed("MUJAHID", exactly(55)));
        assertThat(r.byClaimant()).extracting(ClaimantFigure::display).containsExactly("12", "55");
        assertThat(r.range().lower()).isEqualTo(12L);
        assertThat(r.range().upper()).isEqualTo(55L);
    }

    @Test
    void rangeRunsFromLowestLowerBoundToHighestUpperBound() {
        TallyRow r = only(Claims.killed("A", between(10, 20, null)), Claims.killed("B", between(15, 30, null)));
        assertThat(r.range().display()).isEqualTo("10–30");
    }

    @Test
    void anOpenUpperBoundIsShownWithAPlus() {
        TallyRow r = only(Claims.killed("ISPR", moreThan(400)), Claims.killed("MUJAHID", exactly(22)));
        assertThat(r.claimant("ISPR").display()).isEqualTo("401+");
        assertThat(r.claimant("ISPR").upper()).isNull();
        assertThat(r.range().openEnded()).isTrue();
        assertThat(r.range().display()).isEqualTo("22–401+");
    }

    @Test
    void aNumberNotGivenIsUnknownNotZeroAndLeavesTheRangeAlone() {
        TallyRow r = only(Claims.killed("ISPR", exactly(12)), Claims.killed("MUJAHID", notGiven()));
        assertThat(r.claimant("MUJAHID").unknown()).isTrue();
        assertThat(r.claimant("MUJAHID").lower()).isNull();
        assertThat(r.claimant("MUJAHID").display()).isEqualTo("unknown");
        assertThat(r.range().display()).isEqualTo("12");
        assertThat(r.conservative()).isEqualTo(12L);
        assertThat(r.contested()).isFalse();
    }

    @Test
    void whenNobodyGivesANumberTheRangeIsUnknown() {
        TallyRow r = only(Claims.killed("MUJAHID", notGiven()));
        assertThat(r.range().unknown()).isTrue();
        assertThat(r.range().display()).isEqualTo("unknown");
        assertThat(r.conservative()).isNull();
    }

    @Test
    void contestedWhenClaimantsRangesHaveNoNumberInCommon() {
        assertThat(only(Claims.killed("A", exactly(12)), Claims.killed("B", exactly(55))).contested()).isTrue();
        assertThat(only(Claims.killed("A", atLeast(274)), Claims.killed("B", exactly(13))).contested()).isTrue();
        assertThat(only(Claims.killed("A", between(10, 20, null)), Claims.killed("B", exactly(15))).contested()).isFalse();
        assertThat(only(Claims.killed("A", atLeast(10)), Claims.killed("B", exactly(15))).contested()).isFalse();
        assertThat(only(Claims.killed("A", exactly(15))).contested()).isFalse();
    }

    @Test
    void conservativeFigureIgnoresDisputedAndDiscountedClaimants() {
        TallyRow r = only(
                Claims.killed("A", exactly(3)).grade(Grade.DISCOUNTED),
                Claims.killed("B", exactly(5)).grade(Grade.DISPUTED),
                Claims.killed("C", exactly(40)).grade(Grade.CORROBORATED),
                Claims.killed("D", atLeast(20)));
        assertThat(r.conservative()).isEqualTo(20L);
        assertThat(r.range().display()).isEqualTo("3–40+");
        assertThat(r.claimant("A").display()).isEqualTo("3");
        assertThat(r.claimant("A").credible()).isFalse();
        assertThat(r.claimant("C").credible()).isTrue();
    }

    @Test
    void bestEstimatesSpanCredibleClaimantsThatGiveOne() {
        TallyRow r = only(
                Claims.killed("A", between(10, 30, 18L)),
                Claims.killed("B", about(25)),
                Claims.killed("C", atLeast(5)),
                Claims.killed("D", exactly(99)).grade(Grade.DISCOUNTED));
        assertThat(r.bestLow()).isEqualTo(18L);
        assertThat(r.bestHigh()).isEqualTo(25L);
        assertThat(r.claimant("C").best()).isNull();
    }

    @Test
    void rowSaysHowManyClaimsItRestsOnAndHowTheyAreGraded() {
        TallyRow r = only(
                Claims.killed("A", exactly(3)).grade(Grade.VERIFIED),
                Claims.killed("B", exactly(4)).grade(Grade.VERIFIED),
                Claims.killed("C", exactly(5)));
        assertThat(r.claimCount()).isEqualTo(3);
        assertThat(r.grades()).isEqualTo(Map.of(Grade.VERIFIED, 2, Grade.UNVERIFIED, 1));
        assertThat(r.claimant("A").grades()).isEqualTo(Map.of(Grade.VERIFIED, 1));
    }

    @Test
    void verifiedOnlyCountsClaimsGradedVerifiedAndNotCorroborated() {
        List<TallyClaim> claims = List.of(
                Claims.killed("A", exactly(3)).grade(Grade.VERIFIED).build(),
                Claims.killed("B", exactly(4)).grade(Grade.CORROBORATED).build());
        List<TallyRow> rows = TallyCalculator.tally(claims, TallyOptions.all().onlyVerified());
        assertThat(rows).singleElement().satisfies(r ->
                assertThat(r.byClaimant()).extracting(ClaimantFigure::claimantKey).containsExactly("A"));
    }

    @Test
    void retractedClaimsNeverCount() {
        TallyRow r = only(Claims.killed("A", exactly(12)), Claims.killed("B", exactly(500)).retracted());
        assertThat(r.byClaimant()).extracting(ClaimantFigure::claimantKey).containsExactly("A");
        assertThat(r.range().display()).isEqualTo("12");
        assertThat(TallyCalculator.tally(List.of(Claims.killed("B", exactly(5)).retracted().build()),
                TallyOptions.all())).isEmpty();
    }
}
