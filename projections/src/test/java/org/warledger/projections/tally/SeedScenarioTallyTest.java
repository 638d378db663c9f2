package org.warledger.projections.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warledger.domain.common.ClaimCategory.*;
import static org.warledger.domain.common.Quantity.*;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.warledger.domain.common.ClaimCategory;
import org.warledger.domain.common.Quantity;

/** The acceptance example: /work/shared/scenarios/seed-scenario.md, Pakistan–Afghanistan, 26–28 Feb 2026. */
class SeedScenarioTallyTest {

    private static TallyClaim c(String claimant, String party, ClaimCategory category, Quantity q) {
        return Claims.by(claimant, party, category, q).build();
    }

    static List<TallyClaim> seedClaims() {
        return List.of(
                c("ISPR", "IEA", KILLED, atLeast(274)),
                c("ISPR", "IEA", INJURED, moreThan(400)),
                c("ISPR", "IEA", POSTS_DESTROYED, exactly(73)),
                c("ISPR", "IEA", POSTS_CAPTURED, exactly(18)),
                c("ISPR", "IEA", VEHICLES_EQUIPMENT_DESTROYED, about(115)),
                c("ISPR", "IEA", SITES_STRUCK, exactly(22)),
                c("ISPR", "PAK", KILLED, exactly(12)),
                c("ISPR", "PAK", INJURED, exactly(27)),
                c("ISPR", "PAK", MISSING, exactly(1)),
                c("MUJAHID", "IEA", KILLED, exactly(13)),
                c("MUJAHID", "IEA", INJURED, exactly(22)),
                c("MUJAHID", "CIV-AFG", INJURED, exactly(13)),
                c("MUJAHID", "CIV-AFG", KILLED, notGiven()),
                c("MUJAHID", "PAK", KILLED, exactly(55)),
                c("MUJAHID", "PAK", BODIES_TAKEN, exactly(23)),
                c("MUJAHID", "PAK", CAPTURED, notGiven()),
                c("MUJAHID", "PAK", BASES_DESTROYED, exactly(19)),
                c("PAK-OFFICER", "IEA", DRONES_DESTROYED, exactly(3)),
                // The deleted post on X about striking PAK positions in Kandahar and Helmand.
                Claims.by("MUJAHID", "PAK", SITES_STRUCK, exactly(2)).retracted().build());
    }

    private final List<TallyRow> tally = TallyCalculator.tally(seedClaims(), TallyOptions.all());

    private TallyRow row(String party, ClaimCategory category) {
        return tally.stream().filter(r -> r.party().equals(party) && r.category() == category)
                .findFirst().orElseThrow(() -> new AssertionError("no row " + party + " " + category));
    }

    private static String byClaimant(TallyRow r) {
        return String.join(" · ", r.byClaimant().stream().map(f -> f.claimantKey() + " " + f.display()).toList());
    }

    @Test
    void reproducesEveryRowOfTheSeedTallyTable() {
        assertRow("PAK", KILLED, "ISPR 12 · MUJAHID 55", "12–55", true);
        assertRow("PAK", INJURED, "ISPR 27", "27", false);
        assertRow("PAK", MISSING, "ISPR 1", "1", false);
        assertRow("PAK", CAPTURED, "MUJAHID unknown", "unknown", false);
        assertRow("IEA", KILLED, "ISPR 274+ · MUJAHID 13", "13–274+", true);
        assertRow("IEA", INJURED, "ISPR 401+ · MUJAHID 22", "22–401+", true);
        assertRow("CIV-AFG", INJURED, "MUJAHID 13", "13", false);
        assertRow("CIV-AFG", KILLED, "MUJAHID unknown", "unknown", false);
    }

    private void assertRow(String party, ClaimCategory category, String claimants, String range, boolean contested) {
        TallyRow r = row(party, category);
        assertThat(byClaimant(r)).as(party + " " + category).isEqualTo(claimants);
        assertThat(r.range().display()).as(party + " " + category).isEqualTo(range);
        assertThat(r.contested()).as(party + " " + category + " contested").isEqualTo(contested);
        assertThat(r.grades()).containsOnlyKeys(Grade.UNVERIFIED);
    }

    @Test
    void conservativeFiguresAreTheLowestCredibleLowerBounds() {
        assertThat(row("PAK", KILLED).conservative()).isEqualTo(12L);
        assertThat(row("IEA", KILLED).conservative()).isEqualTo(13L);
    }

    @Test
    void theNaiveSumOfPakistaniDeadAppearsNowhere() {
        TallyRow r = row("PAK", KILLED);
        Stream<Long> numbers = Stream.concat(
                Stream.of(r.range().lower(), r.range().upper(), r.range().openFrom(), r.conservative(), r.bestLow(), r.bestHigh()),
                r.byClaimant().stream().flatMap(f -> Stream.of(f.lower(), f.upper(), f.best())));
        assertThat(numbers).doesNotContain(67L);
        assertThat(r.range().display() + byClaimant(r)).doesNotContain("67");
        assertThat(r.claimCount()).isEqualTo(2);
        assertThat(r.bestLow()).isEqualTo(12L);
        assertThat(r.bestHigh()).isEqualTo(55L);
    }

    @Test
    void everyNonRetractedPartyCategoryHasOneRowAndTheRetractedPostHasNone() {
        assertThat(tally).hasSize(15);
        assertThat(tally).noneMatch(r -> r.party().equals("PAK") && r.category() == SITES_STRUCK);
    }

    @Test
    void noSeedClaimIsVerifiedSoAVerifiedOnlyTallyIsEmpty() {
        assertThat(TallyCalculator.tally(seedClaims(), TallyOptions.all().onlyVerified())).isEmpty();
    }
}
