package org.warledger.server.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warledger.proto.v1.ClaimCategory;
import org.warledger.proto.v1.ClaimStatus;
import org.warledger.proto.v1.GetTallyRequest;
import org.warledger.proto.v1.GetTallyResponse;
import org.warledger.proto.v1.ListClaimsRequest;
import org.warledger.proto.v1.TallyRow;
import org.warledger.server.support.Grpc;
import org.warledger.server.support.SeedLoader;

/** The seed story (/work/shared/scenarios/seed-scenario.md) loaded through the API, checked figure by figure. */
@QuarkusTest
class SeedStoryTest {

    private static final SeedLoader SEED = SeedLoader.seed();

    @BeforeAll
    static void load() {
        SEED.loadAll();
        SEED.loadAll(); // a second load replays every request and stores nothing twice
        await().atMost(Duration.ofSeconds(20)).until(() -> claims(ClaimStatus.CLAIM_STATUS_UNSPECIFIED) == 19
                && claims(ClaimStatus.CLAIM_STATUS_RETRACTED) == 1);
    }

    private static int claims(ClaimStatus status) {
        return Grpc.queries().listClaims(ListClaimsRequest.newBuilder().setConflictKey(SEED.conflictKey())
                .setStatus(status).setPageSize(1000).build()).getClaimsCount();
    }

    private static GetTallyResponse tally() {
        return Grpc.queries().getTally(GetTallyRequest.newBuilder().setConflictKey(SEED.conflictKey()).build());
    }

    private static TallyRow row(String party, ClaimCategory category) {
        return tally().getRowsList().stream().filter(r -> r.getParty().equals(party) && r.getCategory() == category)
                .findFirst().orElseThrow(() -> new AssertionError("no row " + party + " " + category));
    }

    private static String byClaimant(TallyRow r) {
        return String.join(" · ", r.getByClaimantList().stream()
                .map(f -> f.getClaimant() + " " + f.getDisplay()).toList());
    }

    private static void assertRow(String party, ClaimCategory category, String claimants, String range,
                                  boolean contested) {
        TallyRow r = row(party, category);
        assertThat(byClaimant(r)).as(party + " " + category).isEqualTo(claimants);
        assertThat(r.getRange().getDisplay()).as(party + " " + category + " range").isEqualTo(range);
        assertThat(r.getContested()).as(party + " " + category + " contested").isEqualTo(contested);
    }

    @Test
    void theTallyTableOfTheScenarioFileFigureByFigure() {
        assertRow("PAK", ClaimCategory.CLAIM_CATEGORY_KILLED, "ISPR 12 · MUJAHID 55", "12–55", true);
        assertRow("PAK", ClaimCategory.CLAIM_CATEGORY_INJURED, "ISPR 27", "27", false);
        assertRow("PAK", ClaimCategory.CLAIM_CATEGORY_MISSING, "ISPR 1", "1", false);
        assertRow("PAK", ClaimCategory.CLAIM_CATEGORY_CAPTURED, "MUJAHID unknown", "unknown", false);
        assertRow("IEA", ClaimCategory.CLAIM_CATEGORY_KILLED, "ISPR 274+ · MUJAHID 13", "13–274+", true);
        assertRow("IEA", ClaimCategory.CLAIM_CATEGORY_INJURED, "ISPR 401+ · MUJAHID 22", "22–401+", true);
        assertRow("CIV-AFG", ClaimCategory.CLAIM_CATEGORY_INJURED, "MUJAHID 13", "13", false);
        assertRow("CIV-AFG", ClaimCategory.CLAIM_CATEGORY_KILLED, "MUJAHID unknown", "unknown", false);
    }

    @Test
    void conservativeFiguresAreTwelveAndThirteen() {
        assertThat(row("PAK", ClaimCategory.CLAIM_CATEGORY_KILLED).getConservative()).isEqualTo(12L);
        assertThat(row("IEA", ClaimCategory.CLAIM_CATEGORY_KILLED).getConservative()).isEqualTo(13L);
        assertThat(row("PAK", ClaimCategory.CLAIM_CATEGORY_CAPTURED).hasConservative()).isFalse();
    }

    @Test
    void theNaiveSumSixtySevenAppearsNowhereInTheResponse() {
        assertThat(tally().toString()).doesNotContain("67");
        assertThat(row("PAK", ClaimCategory.CLAIM_CATEGORY_KILLED).getClaimCount()).isEqualTo(2);
    }

    @Test
    void theDeletedPostIsListedAsRetractedAndNeverCounts() {
        var retracted = Grpc.queries().listClaims(ListClaimsRequest.newBuilder().setConflictKey(SEED.conflictKey())
                .setStatus(ClaimStatus.CLAIM_STATUS_RETRACTED).build()).getClaimsList();
        assertThat(retracted).singleElement().satisfies(c -> {
            assertThat(c.getClaimant()).isEqualTo("MUJAHID");
            assertThat(c.getRetractionReason()).contains("deleted");
        });
        assertThat(tally().getRowsList()).noneMatch(r -> r.getParty().equals("PAK")
                && r.getCategory() == ClaimCategory.CLAIM_CATEGORY_SITES_STRUCK);
        assertThat(tally().getRowsCount()).isEqualTo(15);
    }

    @Test
    void everyClaimIsUnverifiedSoAVerifiedOnlyTallyIsEmpty() {
        assertThat(Grpc.queries().getTally(GetTallyRequest.newBuilder().setConflictKey(SEED.conflictKey())
                .setVerifiedOnly(true).build()).getRowsList()).isEmpty();
    }

    @Test
    void theDroneClaimIsAboutTheThreeDroneStrikes() {
        List<String> strikes = List.of("pak-afg-2026-drone-nowshehra", "pak-afg-2026-drone-abbottabad",
                "pak-afg-2026-drone-swabi");
        var claims = Grpc.queries().listClaims(ListClaimsRequest.newBuilder().setConflictKey(SEED.conflictKey())
                .setStrikeId(strikes.get(1)).build()).getClaimsList();
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.getClaimant()).isEqualTo("PAK-OFFICER");
            assertThat(c.getScope().getStrikeIdsList()).containsExactlyInAnyOrderElementsOf(strikes);
            assertThat(c.getDisplay()).isEqualTo("3");
        });
    }
}
