package org.warledger.server.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warledger.proto.v1.ClaimStatus;
import org.warledger.proto.v1.GetTallyRequest;
import org.warledger.proto.v1.ListClaimsRequest;
import org.warledger.proto.v1.ListTimelineRequest;
import org.warledger.proto.v1.TallyRow;
import org.warledger.proto.v1.TimelineEntry;
import org.warledger.server.audit.FreshStoreProfile;
import org.warledger.server.support.Grpc;
import org.warledger.server.support.Requests;
import org.warledger.server.support.SeedLoader;

/**
 * "What did we know before the post was deleted?" The tally and timeline as recorded by an
 * instant show the MUJAHID post as it stood then, while the current ones show it retracted.
 */
@QuarkusTest
@TestProfile(FreshStoreProfile.class)
class SeedStoryAsRecordedTest {

    private static final SeedLoader SEED = SeedLoader.seed();
    private static final String POST = "pak-afg-2026-mujahid-x-post";

    private static List<TallyRow> tally(Instant asRecordedAt) {
        GetTallyRequest.Builder request = GetTallyRequest.newBuilder().setConflictKey(SEED.conflictKey());
        if (asRecordedAt != null) {
            request.setAsRecordedAt(Requests.ts(asRecordedAt.toString()));
        }
        return Grpc.queries().getTally(request.build()).getRowsList();
    }

    private static boolean countsThePost(List<TallyRow> rows) {
        return rows.stream().anyMatch(r -> r.getByClaimantList().stream()
                .anyMatch(f -> f.getClaimant().equals("MUJAHID") && r.getParty().equals("PAK")
                        && r.getCategory().name().endsWith("SITES_STRUCK")));
    }

    private static TimelineEntry postOnTimeline(Instant asRecordedAt) {
        ListTimelineRequest.Builder request = ListTimelineRequest.newBuilder().setConflictKey(SEED.conflictKey())
                .setPageSize(1000);
        if (asRecordedAt != null) {
            request.setAsRecordedAt(Requests.ts(asRecordedAt.toString()));
        }
        return Grpc.queries().listTimeline(request.build()).getEntriesList().stream()
                .filter(e -> e.getEntityId().equals(POST)).findFirst().orElseThrow();
    }

    private static int retracted() {
        return Grpc.queries().listClaims(ListClaimsRequest.newBuilder().setConflictKey(SEED.conflictKey())
                .setStatus(ClaimStatus.CLAIM_STATUS_RETRACTED).build()).getClaimsCount();
    }

    @Test
    void beforeTheRetractionWasRecordedThePostCountedAfterwardsItDoesNot() {
        SEED.loadAllButRetractions();
        await().atMost(Duration.ofSeconds(20)).until(() -> countsThePost(tally(null)));
        Instant beforeRetraction = Instant.now();
        await().until(() -> Instant.now().isAfter(beforeRetraction.plusMillis(2)));

        SEED.loadRetractions();
        await().atMost(Duration.ofSeconds(20)).until(() -> retracted() == 1 && !countsThePost(tally(null)));

        assertThat(countsThePost(tally(beforeRetraction))).isTrue();
        assertThat(countsThePost(tally(null))).isFalse();
        assertThat(postOnTimeline(beforeRetraction).getMarksList()).doesNotContain("retracted");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> assertThat(postOnTimeline(null).getMarksList()).contains("retracted"));
    }
}
