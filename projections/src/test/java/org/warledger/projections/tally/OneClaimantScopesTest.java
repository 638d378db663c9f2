package org.warledger.projections.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warledger.domain.common.Quantity.*;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How one claimant's several claims on the same (party, category) combine. */
class OneClaimantScopesTest {

    private static ClaimantFigure ispr(Claims... claims) {
        List<TallyRow> rows = TallyCalculator.tally(Arrays.stream(claims).map(Claims::build).toList(), TallyOptions.all());
        return rows.get(0).claimant("ISPR");
    }

    private static Claims ispr(org.warledger.domain.common.Quantity q) {
        return Claims.killed("ISPR", q);
    }

    @Test
    void claimsAboutDifferentStrikesAddUp() {
        ClaimantFigure f = ispr(ispr(exactly(5)).strikes("S1"), ispr(between(2, 4, 3L)).strikes("S2"));
        assertThat(f.display()).isEqualTo("7–9");
        assertThat(f.best()).isEqualTo(8L);
        assertThat(f.claimCount()).isEqualTo(2);
    }

    @Test
    void claimsAboutNonOverlappingWindowsAddUp() {
        ClaimantFigure f = ispr(
                ispr(exactly(5)).window(Claims.days("2026-02-26", "2026-02-26")),
                ispr(atLeast(7)).window(Claims.days("2026-02-27", "2026-02-28")));
        assertThat(f.display()).isEqualTo("12+");
    }

    @Test
    void anOperationClaimAndAClaimAboutAStrikeInsideItAreNotAddedTwice() {
        ClaimantFigure wideLarger = ispr(
                ispr(exactly(30)).operation("Ghazab lil-Haq", "S1", "S2"),
                ispr(exactly(10)).strikes("S1"));
        assertThat(wideLarger.display()).isEqualTo("30");

        ClaimantFigure partsLarger = ispr(
                ispr(atLeast(10)).operation("Ghazab lil-Haq", "S1", "S2"),
                ispr(exactly(8)).strikes("S1"),
                ispr(exactly(7)).strikes("S2"));
        assertThat(partsLarger.display()).isEqualTo("15+");
    }

    @Test
    void claimsAboutDifferentOperationsOrAStrikeOfAnotherOperationAddUp() {
        ClaimantFigure f = ispr(
                ispr(exactly(30)).operation("Ghazab lil-Haq", "S1"),
                ispr(exactly(6)).operation("Other"),
                ispr(exactly(2)).strikes("S8").operation("Third"));
        assertThat(f.display()).isEqualTo("38");
    }

    @Test
    void aClaimAboutTheWholeConflictContainsEveryOtherClaim() {
        ClaimantFigure f = ispr(ispr(exactly(50)).window(null), ispr(exactly(30)).operation("Ghazab lil-Haq"));
        assertThat(f.display()).isEqualTo("50");
    }

    @Test
    void aStrikeTaggedWithTheOperationIsInsideItEvenIfNotListed() {
        ClaimantFigure f = ispr(
                ispr(exactly(30)).operation("Ghazab lil-Haq"),
                ispr(exactly(10)).strikes("S9").operation("Ghazab lil-Haq"));
        assertThat(f.display()).isEqualTo("30");
    }

    @Test
    void aWiderWindowSubsumesTheNarrowerWindowsInsideIt() {
        ClaimantFigure f = ispr(
                ispr(exactly(20)).window(Claims.days("2026-02-26", "2026-02-28")),
                ispr(exactly(12)).window(Claims.days("2026-02-27", "2026-02-27")),
                ispr(exactly(4)).strikes("S1").window(Claims.days("2026-02-26", "2026-02-26")));
        assertThat(f.display()).isEqualTo("20");
    }

    @Test
    void overlappingScopesThatNeitherContainsAreNeverAdded() {
        ClaimantFigure f = ispr(
                ispr(exactly(10)).window(Claims.days("2026-02-26", "2026-02-27")),
                ispr(exactly(8)).window(Claims.days("2026-02-27", "2026-02-28")));
        assertThat(f.display()).isEqualTo("10–18");
    }

    @Test
    void aStrikeNotKnownToBelongToTheOperationIsNotAddedWhileTheirTimesOverlap() {
        ClaimantFigure f = ispr(
                ispr(exactly(30)).operation("Ghazab lil-Haq", "S1"),
                ispr(exactly(5)).strikes("S7"));
        assertThat(f.display()).isEqualTo("30–35");
    }

    @Test
    void theSameScopeClaimedTwiceCountsOnlyTheLaterClaim() {
        ClaimantFigure f = ispr(ispr(exactly(10)), ispr(exactly(14)));
        assertThat(f.display()).isEqualTo("14");
        assertThat(f.claimCount()).isEqualTo(1);
    }

    @Test
    void aPartWithNoNumberKeepsTheFloorAndRemovesTheCeiling() {
        ClaimantFigure f = ispr(ispr(exactly(10)).strikes("S1"), ispr(notGiven()).strikes("S2"));
        assertThat(f.display()).isEqualTo("10+");
        assertThat(f.unknown()).isFalse();
        assertThat(ispr(ispr(notGiven()).strikes("S1"), ispr(notGiven()).strikes("S2")).unknown()).isTrue();
    }
}
