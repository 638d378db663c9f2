package org.warledger.server.strike;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warledger.proto.v1.CorrectStrikeTimeRequest;
import org.warledger.proto.v1.GetStrikeRequest;
import org.warledger.proto.v1.ListTimelineRequest;
import org.warledger.proto.v1.RecordStrikeOutcomeRequest;
import org.warledger.proto.v1.RecordStrikeRequest;
import org.warledger.proto.v1.StrikeOutcome;
import org.warledger.proto.v1.TimelineEntry;
import org.warledger.proto.v1.TimelineKind;
import org.warledger.proto.v1.WriteResult;
import org.warledger.server.support.Grpc;
import org.warledger.server.support.Requests;

@QuarkusTest
class StrikeApiTest {

    @BeforeEach
    void registerParties() {
        Requests.registerSeedRegistry();
    }

    private static String conflict() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<TimelineEntry> timeline(String conflict) {
        return Grpc.queries().listTimeline(ListTimelineRequest.newBuilder().setConflictKey(conflict).build())
                .getEntriesList();
    }

    @Test
    void aRecordedStrikeAppearsOnTheTimelineAndByItsId() {
        String conflict = conflict();
        WriteResult result = Grpc.commands().recordStrike(Requests.strike(conflict).setStrikeId("nowshehra-1").build());

        assertThat(result.getEntityId()).isEqualTo("nowshehra-1");
        await().atMost(Duration.ofSeconds(10)).until(() -> timeline(conflict).size() == 1);
        TimelineEntry entry = timeline(conflict).get(0);
        assertThat(entry.getKind()).isEqualTo(TimelineKind.TIMELINE_KIND_STRIKE);
        assertThat(entry.getPartiesList()).containsExactly("IEA");
        assertThat(entry.getCountryCode()).isEqualTo("PK");
        assertThat(entry.getTitle()).contains("drone").contains("army artillery school");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                Grpc.queries().getStrike(GetStrikeRequest.newBuilder().setStrikeId("nowshehra-1").build())
                        .getTargetDescription()).isEqualTo("army artillery school"));
    }

    @Test
    void theServerMakesAnIdWhenTheClientGivesNone() {
        WriteResult result = Grpc.commands().recordStrike(Requests.strike(conflict()).build());
        assertThat(result.getEntityId()).startsWith("strike-");
    }

    @Test
    void aRetriedRequestReturnsTheFirstAnswerAndStoresNothingTwice() {
        String conflict = conflict();
        RecordStrikeRequest request = Requests.strike(conflict).build();

        WriteResult first = Grpc.commands().recordStrike(request);
        WriteResult retry = Grpc.commands().recordStrike(request);

        assertThat(retry.getEntityId()).isEqualTo(first.getEntityId());
        assertThat(retry.getReplayed()).isTrue();
        assertThat(first.getReplayed()).isFalse();
        await().atMost(Duration.ofSeconds(10)).until(() -> timeline(conflict).size() == 1);
    }

    @Test
    void reusingARequestIdForADifferentRequestIsRefused() {
        RecordStrikeRequest request = Requests.strike(conflict()).build();
        Grpc.commands().recordStrike(request);

        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, () -> Grpc.commands()
                .recordStrike(request.toBuilder().setTargetDescription("something else").build()));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(Grpc.badFields(e)).containsExactly("context.request_id");
    }

    @Test
    void recordingTheSameStrikeIdTwiceIsAlreadyExists() {
        String conflict = conflict();
        Grpc.commands().recordStrike(Requests.strike(conflict).setStrikeId("dup-" + conflict).build());

        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, () -> Grpc.commands()
                .recordStrike(Requests.strike(conflict).setStrikeId("dup-" + conflict).build()));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
    }

    @Test
    void correctionsAndOutcomesAreNewEventsShownOnTheEntry() {
        String conflict = conflict();
        String id = Grpc.commands().recordStrike(Requests.strike(conflict).build()).getEntityId();
        Grpc.commands().correctStrikeTime(CorrectStrikeTimeRequest.newBuilder().setContext(Requests.context())
                .setStrikeId(id).setOccurred(Requests.day("2026-02-26")).setReason("late report")
                .setSource(Requests.source("ISPR")).build());
        Grpc.commands().recordStrikeOutcome(RecordStrikeOutcomeRequest.newBuilder().setContext(Requests.context())
                .setStrikeId(id).setOutcome(StrikeOutcome.STRIKE_OUTCOME_INTERCEPTED)
                .setSource(Requests.source("PAK-OFFICER")).build());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(timeline(conflict)).hasSize(1);
            TimelineEntry entry = timeline(conflict).get(0);
            assertThat(entry.getMarksList()).contains("corrected", "intercepted");
            assertThat(entry.getOccurred().getStart()).isEqualTo(Requests.ts("2026-02-26T00:00:00Z"));
        });
    }

    @Test
    void anOutcomeForAnUnknownStrikeIsNotFound() {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, () -> Grpc.commands()
                .recordStrikeOutcome(RecordStrikeOutcomeRequest.newBuilder().setContext(Requests.context())
                        .setStrikeId("no-such-strike").setOutcome(StrikeOutcome.STRIKE_OUTCOME_HIT)
                        .setSource(Requests.source("ISPR")).build()));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
    }

    @Test
    void anUnregisteredAttackerIsNotFoundAndNothingIsStored() {
        String conflict = conflict();
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, () -> Grpc.commands()
                .recordStrike(Requests.strike(conflict).setAttacker("NOBODY").build()));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(Grpc.badFields(e)).containsExactly("attacker");
        assertThat(timeline(conflict)).isEmpty();
    }

    @Test
    void anAttackerNamedByAliasIsRecordedUnderItsKey() {
        String conflict = conflict();
        RecordStrikeRequest request = Requests.strike(conflict).setAttacker(" afghan taliban ").build();
        // aliases resolve through the registry read model, which may trail a fresh registration
        String id = await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                .until(() -> Grpc.commands().recordStrike(request).getEntityId(), e -> e != null);
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() -> assertThat(
                Grpc.queries().getStrike(GetStrikeRequest.newBuilder().setStrikeId(id).build()).getAttacker())
                .isEqualTo("IEA"));
    }
}
