package org.warledger.server.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.google.protobuf.Timestamp;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warledger.proto.v1.GetOperationRequest;
import org.warledger.proto.v1.ListCeasefiresRequest;
import org.warledger.proto.v1.ListStatementsRequest;
import org.warledger.proto.v1.ListTimelineRequest;
import org.warledger.proto.v1.Stance;
import org.warledger.proto.v1.TimeWindow;
import org.warledger.server.support.Grpc;
import org.warledger.server.support.Requests;
import org.warledger.server.support.StoryRequests;

/** Every malformed ceasefire, statement and operation request is refused naming the field. */
@QuarkusTest
class StoryValidationTest {

    static final String C = "val-story";
    static final TimeWindow BACKWARDS = TimeWindow.newBuilder().setStart(Requests.ts("2026-02-27T10:00:00Z"))
            .setEnd(Requests.ts("2026-02-27T09:00:00Z")).setPrecision(Requests.day("2026-02-27").getPrecision()).build();
    static final Timestamp INVALID = Timestamp.newBuilder().setSeconds(Long.MAX_VALUE).build();

    static Stream<Arguments> badRequests() {
        return Stream.of(
                bad("conflict_key", () -> Grpc.commands().reportCeasefire(StoryRequests.ceasefire("Bad Key").build())),
                bad("ceasefire_id", () -> Grpc.commands().reportCeasefire(StoryRequests.ceasefire(C).setCeasefireId("a b").build())),
                bad("parties", () -> Grpc.commands().reportCeasefire(StoryRequests.ceasefire(C).clearParties().addParties("PAK").build())),
                bad("parties[1]", () -> Grpc.commands().reportCeasefire(StoryRequests.ceasefire(C).setParties(1, "").build())),
                bad("parties[2]", () -> Grpc.commands().reportCeasefire(StoryRequests.ceasefire(C).addParties("PAK").build())),
                bad("mediators[1]", () -> Grpc.commands().reportCeasefire(StoryRequests.ceasefire(C).addMediators(" ").build())),
                bad("agreed", () -> Grpc.commands().reportCeasefire(StoryRequests.ceasefire(C).clearAgreed().build())),
                bad("agreed.end", () -> Grpc.commands().reportCeasefire(StoryRequests.ceasefire(C).setAgreed(BACKWARDS).build())),
                bad("effective_until", () -> Grpc.commands().reportCeasefire(StoryRequests.ceasefire(C)
                        .setEffectiveFrom(Requests.ts("2025-10-10T00:00:00Z"))
                        .setEffectiveUntil(Requests.ts("2025-10-01T00:00:00Z")).build())),
                bad("effective_from", () -> Grpc.commands().reportCeasefire(StoryRequests.ceasefire(C).setEffectiveFrom(INVALID).build())),
                bad("terms", () -> Grpc.commands().reportCeasefire(StoryRequests.ceasefire(C).setTerms("x".repeat(10_001)).build())),
                bad("source", () -> Grpc.commands().reportCeasefire(StoryRequests.ceasefire(C).clearSource().build())),
                bad("ceasefire_id", () -> Grpc.commands().allegeCeasefireViolation(StoryRequests.violation("", "v").build())),
                bad("violation_id", () -> Grpc.commands().allegeCeasefireViolation(StoryRequests.violation("cf", "").build())),
                bad("violation_id", () -> Grpc.commands().allegeCeasefireViolation(StoryRequests.violation("cf", "v 1").build())),
                bad("alleged_by", () -> Grpc.commands().allegeCeasefireViolation(StoryRequests.violation("cf", "v").setAllegedBy("").build())),
                bad("against", () -> Grpc.commands().allegeCeasefireViolation(StoryRequests.violation("cf", "v").setAgainst("").build())),
                bad("occurred", () -> Grpc.commands().allegeCeasefireViolation(StoryRequests.violation("cf", "v").clearOccurred().build())),
                bad("strike_ids[0]", () -> Grpc.commands().allegeCeasefireViolation(StoryRequests.violation("cf", "v").addStrikeIds("no good").build())),
                bad("claim_ids[0]", () -> Grpc.commands().allegeCeasefireViolation(StoryRequests.violation("cf", "v").addClaimIds("").build())),
                bad("source.reported_by", () -> Grpc.commands().allegeCeasefireViolation(StoryRequests.violation("cf", "v")
                        .setSource(Requests.source("")).build())),
                bad("collapsed_at", () -> Grpc.commands().declareCeasefireCollapsed(StoryRequests.collapse("cf").clearCollapsedAt().build())),
                bad("declared_by", () -> Grpc.commands().declareCeasefireCollapsed(StoryRequests.collapse("cf").setDeclaredBy("").build())),
                bad("ceasefire_id", () -> Grpc.commands().declareCeasefireCollapsed(StoryRequests.collapse("").build())),
                bad("ended_at", () -> Grpc.commands().endCeasefire(StoryRequests.end("cf").clearEndedAt().build())),
                bad("reason", () -> Grpc.commands().endCeasefire(StoryRequests.end("cf").setReason("").build())),
                bad("renewed_at.end", () -> Grpc.commands().renewCeasefire(StoryRequests.renew("cf").setRenewedAt(BACKWARDS).build())),
                bad("effective_until", () -> Grpc.commands().renewCeasefire(StoryRequests.renew("cf")
                        .setEffectiveUntil(Requests.ts("2026-03-01T00:00:00Z")).build())),
                bad("conflict_key", () -> Grpc.commands().recordStatement(StoryRequests.statement("").build())),
                bad("statement_id", () -> Grpc.commands().recordStatement(StoryRequests.statement(C).setStatementId("-x").build())),
                bad("speaker", () -> Grpc.commands().recordStatement(StoryRequests.statement(C).setSpeaker("").build())),
                bad("speaks_for", () -> Grpc.commands().recordStatement(StoryRequests.statement(C).setSpeaksFor("x".repeat(201)).build())),
                bad("made_at", () -> Grpc.commands().recordStatement(StoryRequests.statement(C).clearMadeAt().build())),
                bad("stances", () -> Grpc.commands().recordStatement(StoryRequests.statement(C).clearStances().build())),
                bad("stances[1]", () -> Grpc.commands().recordStatement(StoryRequests.statement(C).addStances(Stance.STANCE_UNSPECIFIED).build())),
                bad("stances[1]", () -> Grpc.commands().recordStatement(StoryRequests.statement(C).addStancesValue(99).build())),
                bad("summary", () -> Grpc.commands().recordStatement(StoryRequests.statement(C).setSummary(" ").build())),
                bad("original_words", () -> Grpc.commands().recordStatement(StoryRequests.statement(C).setOriginalWords("x".repeat(10_001)).build())),
                bad("source", () -> Grpc.commands().recordStatement(StoryRequests.statement(C).clearSource().build())),
                bad("conflict_key", () -> Grpc.commands().launchOperation(StoryRequests.operation("").build())),
                bad("operation_id", () -> Grpc.commands().launchOperation(StoryRequests.operation(C).setOperationId("a/b").build())),
                bad("name", () -> Grpc.commands().launchOperation(StoryRequests.operation(C).setName("").build())),
                bad("party", () -> Grpc.commands().launchOperation(StoryRequests.operation(C).setParty("").build())),
                bad("started", () -> Grpc.commands().launchOperation(StoryRequests.operation(C).clearStarted().build())),
                bad("operation_id", () -> Grpc.commands().endOperation(StoryRequests.endOperation("").build())),
                bad("ended", () -> Grpc.commands().endOperation(StoryRequests.endOperation("op").clearEnded().build())),
                bad("operation_id", () -> Grpc.commands().linkStrikeToOperation(StoryRequests.link("", "s").build())),
                bad("strike_id", () -> Grpc.commands().linkStrikeToOperation(StoryRequests.link("op", "").build())),
                bad("conflict_key", () -> Grpc.queries().listCeasefires(ListCeasefiresRequest.newBuilder().build())),
                bad("as_of", () -> Grpc.queries().listCeasefires(ListCeasefiresRequest.newBuilder().setConflictKey(C).setAsOf(INVALID).build())),
                bad("page_token", () -> Grpc.queries().listCeasefires(ListCeasefiresRequest.newBuilder().setConflictKey(C).setPageToken("zz").build())),
                bad("page_size", () -> Grpc.queries().listStatements(ListStatementsRequest.newBuilder().setConflictKey(C).setPageSize(-1).build())),
                bad("conflict_key", () -> Grpc.queries().listStatements(ListStatementsRequest.newBuilder().build())),
                bad("operation_id", () -> Grpc.queries().getOperation(GetOperationRequest.newBuilder().build())));
    }

    private static Arguments bad(String field, Runnable call) {
        return Arguments.of(field, call);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badRequests")
    void aBadFieldIsNamed(String field, Runnable call) {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, call::run);

        assertThat(e).as("the request was accepted").isNotNull();
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(Grpc.badFields(e)).contains(field);
        assertThat(Grpc.reason(e)).isEqualTo("INVALID_FIELD");
    }

    @Test
    void badWritesStoreNothing() {
        String conflict = "val-" + UUID.randomUUID().toString().substring(0, 8);
        for (Runnable call : new Runnable[] {
                () -> Grpc.commands().reportCeasefire(StoryRequests.ceasefire(conflict).clearParties().build()),
                () -> Grpc.commands().recordStatement(StoryRequests.statement(conflict).clearStances().build()),
                () -> Grpc.commands().launchOperation(StoryRequests.operation(conflict).setParty("").build())}) {
            assertThat(catchThrowableOfType(StatusRuntimeException.class, call::run)).isNotNull();
        }
        // a valid write after the bad ones: once it shows, they would have shown too
        Grpc.commands().recordStatement(StoryRequests.statement(conflict).build());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(Grpc.queries()
                .listTimeline(ListTimelineRequest.newBuilder().setConflictKey(conflict).build())
                .getEntriesCount()).isEqualTo(1));
    }
}
