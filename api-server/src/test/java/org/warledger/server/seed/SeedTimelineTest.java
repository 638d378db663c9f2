package org.warledger.server.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warledger.proto.v1.CeasefireStatus;
import org.warledger.proto.v1.GetOperationRequest;
import org.warledger.proto.v1.ListCeasefiresRequest;
import org.warledger.proto.v1.ListStatementsRequest;
import org.warledger.proto.v1.ListTimelineRequest;
import org.warledger.proto.v1.Strike;
import org.warledger.proto.v1.TimelineEntry;
import org.warledger.server.support.Grpc;
import org.warledger.server.support.Requests;
import org.warledger.server.support.SeedLoader;

/** The seed story's timeline table (/work/shared/scenarios/seed-scenario.md), row by row, through the API. */
@QuarkusTest
class SeedTimelineTest {

    private static final SeedLoader SEED = SeedLoader.seed();
    /** 2 ceasefire events, 1 operation, 5 strikes, 19 claims, 6 statements. */
    private static final int ENTRIES = 33;

    @BeforeAll
    static void load() {
        SEED.loadAll();
        await().atMost(Duration.ofSeconds(30)).until(() -> timeline().size() == ENTRIES
                && timeline().stream().anyMatch(e -> e.getMarksList().contains("retracted")));
    }

    private static List<TimelineEntry> timeline() {
        return Grpc.queries().listTimeline(ListTimelineRequest.newBuilder().setConflictKey(SEED.conflictKey())
                .setPageSize(1000).build()).getEntriesList();
    }

    /** The row of the scenario's timeline table an entry belongs to, or null for claims that table does not list. */
    private static String row(TimelineEntry e) {
        String id = e.getEntityId();
        return switch (e.getKind()) {
            case TIMELINE_KIND_CEASEFIRE -> e.getTitle().endsWith("collapsed") ? "ceasefire collapsed"
                    : "ceasefire reported";
            case TIMELINE_KIND_OPERATION -> "PAK strikes in operation Ghazab lil-Haq";
            case TIMELINE_KIND_STRIKE -> id.endsWith("kp-border") ? "IEA attack on border positions"
                    : id.endsWith("ghazab-lil-haq") ? "PAK strikes in operation Ghazab lil-Haq" : "IEA drones";
            case TIMELINE_KIND_STATEMENT -> "statements";
            case TIMELINE_KIND_CLAIM -> id.endsWith("officer-iea-drones") ? "PAK-OFFICER: 3 drones destroyed"
                    : id.endsWith("mujahid-x-post") ? "MUJAHID claim, retracted" : null;
            default -> null;
        };
    }

    @Test
    void everyRowOfTheStoryIsOnTheTimelineInTheOrderItHappened() {
        List<String> rows = new ArrayList<>();
        for (TimelineEntry e : timeline()) {
            String row = row(e);
            if (row != null && (rows.isEmpty() || !rows.get(rows.size() - 1).equals(row))) {
                rows.add(row);
            }
        }
        // statements are known only to the day, so they sit at the start of 27 Feb, before the claims
        // stated at 03:00 (MUJAHID's deleted post) and 12:00 (the officer) that day
        assertThat(rows).containsExactly("ceasefire reported", "ceasefire collapsed", "IEA attack on border positions",
                "PAK strikes in operation Ghazab lil-Haq", "IEA drones", "statements", "MUJAHID claim, retracted",
                "PAK-OFFICER: 3 drones destroyed");
    }

    @Test
    void theEntriesCarryTheirPartiesKindsAndMarks() {
        List<TimelineEntry> entries = timeline();
        assertThat(entries.get(0).getTitle()).isEqualTo("Ceasefire between PAK and IEA reported (mediated by regional mediators)");
        assertThat(entries.get(0).getOccurred().getStart()).isEqualTo(Requests.ts("2025-10-01T00:00:00Z"));
        assertThat(entries.get(1).getPartiesList()).containsExactlyInAnyOrder("PAK", "IEA");
        assertThat(entries).filteredOn(e -> "statements".equals(row(e))).extracting(TimelineEntry::getTitle)
                .containsExactly("European Union: calls for deescalation", "United Nations: calls for end of hostilities",
                        "Russia: calls for talks", "China: expresses concern, offers mediation",
                        "United States: supports self defence",
                        "IEA (Amir Khan Muttaqi, Afghan foreign minister): calls for deescalation");
        assertThat(entries).filteredOn(e -> e.getEntityId().endsWith("mujahid-x-post")).singleElement()
                .satisfies(e -> assertThat(e.getMarksList()).contains("retracted"));
    }

    @Test
    void theCeasefireWasInEffectInJanuaryAndHadCollapsedBeforeTheFighting() {
        var board = Grpc.queries().listCeasefires(ListCeasefiresRequest.newBuilder().setConflictKey(SEED.conflictKey())
                .setAsOf(Requests.ts("2026-01-15T00:00:00Z")).build()).getCeasefiresList();
        assertThat(board).singleElement().satisfies(c -> {
            assertThat(c.getStatusAsOf()).isEqualTo(CeasefireStatus.CEASEFIRE_STATUS_IN_EFFECT);
            assertThat(c.getStatus()).isEqualTo(CeasefireStatus.CEASEFIRE_STATUS_COLLAPSED);
        });
        assertThat(Grpc.queries().listStatements(ListStatementsRequest.newBuilder().setConflictKey(SEED.conflictKey())
                .build()).getStatementsCount()).isEqualTo(6);
    }

    @Test
    void theOperationHoldsThePakistaniStrikes() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(Grpc.queries().getOperation(
                GetOperationRequest.newBuilder().setOperationId("pak-afg-2026-op-ghazab-lil-haq").build()).getStrikesList())
                .extracting(Strike::getStrikeId).containsExactly("pak-afg-2026-ghazab-lil-haq"));
    }
}
