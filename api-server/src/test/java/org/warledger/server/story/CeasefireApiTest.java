package org.warledger.server.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warledger.proto.v1.Ceasefire;
import org.warledger.proto.v1.CeasefireChangeKind;
import org.warledger.proto.v1.CeasefireStatus;
import org.warledger.proto.v1.ListCeasefiresRequest;
import org.warledger.proto.v1.ListTimelineRequest;
import org.warledger.proto.v1.TimelineEntry;
import org.warledger.proto.v1.TimelineKind;
import org.warledger.server.support.Grpc;
import org.warledger.server.support.Requests;
import org.warledger.server.support.StoryRequests;

@QuarkusTest
class CeasefireApiTest {

    @BeforeAll
    static void registry() {
        Requests.registerSeedRegistry();
    }

    private static String conflict() {
        return "cf-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<Ceasefire> board(String conflict, String asOf) {
        var request = ListCeasefiresRequest.newBuilder().setConflictKey(conflict);
        if (asOf != null) {
            request.setAsOf(Requests.ts(asOf));
        }
        return Grpc.queries().listCeasefires(request.build()).getCeasefiresList();
    }

    private static List<TimelineEntry> timeline(String conflict) {
        return Grpc.queries().listTimeline(ListTimelineRequest.newBuilder().setConflictKey(conflict)
                .addKinds(TimelineKind.TIMELINE_KIND_CEASEFIRE).build()).getEntriesList();
    }

    @Test
    void theBoardGivesTheStatusNowAndAtAnEarlierMomentFromWhenThingsHappened() {
        String conflict = conflict();
        String id = Grpc.commands().reportCeasefire(StoryRequests.ceasefire(conflict).build()).getEntityId();
        Grpc.commands().declareCeasefireCollapsed(StoryRequests.collapse(id).build());
        // recorded after the collapse, happened before it
        Grpc.commands().allegeCeasefireViolation(StoryRequests.violation(id, "v-1").build());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<Ceasefire> board = board(conflict, "2026-02-15T00:00:00Z");
            assertThat(board).hasSize(1);
            assertThat(board.get(0).getViolationsCount()).isEqualTo(1);
            assertThat(board.get(0).getStatusAsOf()).isEqualTo(CeasefireStatus.CEASEFIRE_STATUS_VIOLATED);
            assertThat(board.get(0).getStatus()).isEqualTo(CeasefireStatus.CEASEFIRE_STATUS_COLLAPSED);
        });
        Ceasefire ceasefire = board(conflict, "2026-02-21T00:00:00Z").get(0);
        assertThat(ceasefire.getStatusAsOf()).isEqualTo(CeasefireStatus.CEASEFIRE_STATUS_COLLAPSED);
        assertThat(ceasefire.getPartiesList()).containsExactly("PAK", "IEA");
        assertThat(ceasefire.getViolations(0).getAllegedBy()).isEqualTo("ISPR");
        assertThat(ceasefire.getViolations(0).getAgainst()).isEqualTo("IEA");
        assertThat(ceasefire.getChanges(0).getKind()).isEqualTo(CeasefireChangeKind.CEASEFIRE_CHANGE_KIND_COLLAPSED);
        assertThat(ceasefire.getChanges(0).getBy()).isEqualTo("IEA");
        assertThat(board(conflict, "2026-01-01T00:00:00Z").get(0).getStatusAsOf())
                .isEqualTo(CeasefireStatus.CEASEFIRE_STATUS_IN_EFFECT);
    }

    @Test
    void everyCeasefireEventIsItsOwnTimelineEntryAtTheTimeItHappened() {
        String conflict = conflict();
        String id = Grpc.commands().reportCeasefire(StoryRequests.ceasefire(conflict).build()).getEntityId();
        Grpc.commands().endCeasefire(StoryRequests.end(id).build());
        Grpc.commands().allegeCeasefireViolation(StoryRequests.violation(id, "v-1").build());
        Grpc.commands().renewCeasefire(StoryRequests.renew(id).build());

        await().atMost(Duration.ofSeconds(10)).until(() -> timeline(conflict).size() == 4);
        assertThat(timeline(conflict)).extracting(TimelineEntry::getTitle).containsExactly(
                "Ceasefire between PAK and IEA reported (mediated by Qatar)",
                "Ceasefire violation by IEA alleged by ISPR",
                "Ceasefire between IEA and PAK ended",
                "Ceasefire between IEA and PAK renewed");
        assertThat(timeline(conflict).get(1).getPartiesList()).containsExactlyInAnyOrder("IEA", "PAK");
    }

    @Test
    void aViolationIdRecordedTwiceBreaksARule() {
        String id = Grpc.commands().reportCeasefire(StoryRequests.ceasefire(conflict()).build()).getEntityId();
        Grpc.commands().allegeCeasefireViolation(StoryRequests.violation(id, "v-1").build());

        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> Grpc.commands().allegeCeasefireViolation(StoryRequests.violation(id, "v-1").build()));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(Grpc.reason(e)).isEqualTo("VIOLATION_EXISTS");
    }

    @Test
    void aViolationBeforeTheCeasefireWasAgreedBreaksARule() {
        String id = Grpc.commands().reportCeasefire(StoryRequests.ceasefire(conflict()).build()).getEntityId();

        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, () -> Grpc.commands()
                .allegeCeasefireViolation(StoryRequests.violation(id, "v-0").setOccurred(Requests.day("2025-09-01"))
                        .build()));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(Grpc.reason(e)).isEqualTo("VIOLATION_BEFORE_CEASEFIRE");
    }

    @Test
    void anUnregisteredPartyIsNotFoundAndAnAliasResolvesToItsKey() {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, () -> Grpc.commands()
                .reportCeasefire(StoryRequests.ceasefire(conflict()).setParties(1, "NOBODY").build()));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(Grpc.badFields(e)).containsExactly("parties[1]");

        String conflict = conflict();
        Grpc.commands().reportCeasefire(StoryRequests.ceasefire(conflict).setParties(1, "Afghan Taliban").build());
        await().atMost(Duration.ofSeconds(10)).until(() -> board(conflict, null).size() == 1);
        assertThat(board(conflict, null).get(0).getPartiesList()).containsExactly("PAK", "IEA");
    }

    @Test
    void changesToAnUnknownCeasefireAreNotFound() {
        List<Runnable> calls = List.of(
                () -> Grpc.commands().allegeCeasefireViolation(StoryRequests.violation("no-such-cf", "v-1").build()),
                () -> Grpc.commands().declareCeasefireCollapsed(StoryRequests.collapse("no-such-cf").build()),
                () -> Grpc.commands().endCeasefire(StoryRequests.end("no-such-cf").build()),
                () -> Grpc.commands().renewCeasefire(StoryRequests.renew("no-such-cf").build()));
        for (Runnable call : calls) {
            StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, call::run);
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        }
    }
}
