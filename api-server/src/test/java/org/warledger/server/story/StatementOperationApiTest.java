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
import org.warledger.proto.v1.GetOperationRequest;
import org.warledger.proto.v1.ListStatementsRequest;
import org.warledger.proto.v1.ListTimelineRequest;
import org.warledger.proto.v1.ClaimScope;
import org.warledger.proto.v1.Quantity;
import org.warledger.proto.v1.QuantityKind;
import org.warledger.proto.v1.Operation;
import org.warledger.proto.v1.Stance;
import org.warledger.proto.v1.Statement;
import org.warledger.proto.v1.Strike;
import org.warledger.proto.v1.TimelineEntry;
import org.warledger.proto.v1.TimelineKind;
import org.warledger.server.support.Grpc;
import org.warledger.server.support.Requests;
import org.warledger.server.support.StoryRequests;

@QuarkusTest
class StatementOperationApiTest {

    @BeforeAll
    static void registry() {
        Requests.registerSeedRegistry();
    }

    private static String conflict() {
        return "so-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<Statement> statements(String conflict) {
        return Grpc.queries().listStatements(ListStatementsRequest.newBuilder().setConflictKey(conflict).build())
                .getStatementsList();
    }

    private static List<TimelineEntry> timeline(String conflict, TimelineKind kind) {
        return Grpc.queries().listTimeline(ListTimelineRequest.newBuilder().setConflictKey(conflict).addKinds(kind)
                .build()).getEntriesList();
    }

    private static Operation operation(String id) {
        return Grpc.queries().getOperation(GetOperationRequest.newBuilder().setOperationId(id).build());
    }

    @Test
    void statementsAreListedInTheOrderMadeAndShownOnTheTimelineWithTheirStances() {
        String conflict = conflict();
        Grpc.commands().recordStatement(StoryRequests.statement(conflict).setSpeaksFor("UN").setSpeaker("UN")
                .setMadeAt(Requests.day("2026-02-28")).clearStances()
                .addStances(Stance.STANCE_CALLS_FOR_END_OF_HOSTILITIES).build());
        String eu = Grpc.commands().recordStatement(StoryRequests.statement(conflict)
                .addStances(Stance.STANCE_CALLS_FOR_TALKS).build()).getEntityId();

        await().atMost(Duration.ofSeconds(10)).until(() -> statements(conflict).size() == 2
                && timeline(conflict, TimelineKind.TIMELINE_KIND_STATEMENT).size() == 2);
        assertThat(eu).startsWith("statement-");
        assertThat(statements(conflict)).extracting(Statement::getSpeaksFor).containsExactly("EU", "UN");
        assertThat(statements(conflict).get(0).getStancesList()).containsExactly(
                Stance.STANCE_CALLS_FOR_DEESCALATION, Stance.STANCE_CALLS_FOR_TALKS);
        assertThat(timeline(conflict, TimelineKind.TIMELINE_KIND_STATEMENT)).extracting(TimelineEntry::getTitle)
                .containsExactly("EU (EU spokesperson): calls for deescalation, calls for talks",
                        "UN: calls for end of hostilities");
    }

    @Test
    void anOperationShowsItsLinkedStrikesAndThoseRecordedUnderItsName() {
        String conflict = conflict();
        String named = Grpc.commands().recordStrike(Requests.strike(conflict).setAttacker("PAK")
                .setOperation("Ghazab lil-Haq").build()).getEntityId();
        String linked = Grpc.commands().recordStrike(Requests.strike(conflict).setAttacker("PAK")
                .setOccurred(Requests.day("2026-02-26")).build()).getEntityId();
        String id = Grpc.commands().launchOperation(StoryRequests.operation(conflict).build()).getEntityId();
        Grpc.commands().linkStrikeToOperation(StoryRequests.link(id, linked).build());
        Grpc.commands().endOperation(StoryRequests.endOperation(id).build());

        // NOT_FOUND until the operation view has caught up
        await().atMost(Duration.ofSeconds(10)).ignoreExceptionsInstanceOf(StatusRuntimeException.class)
                .untilAsserted(() -> {
                    Operation op = operation(id);
                    assertThat(op.getStrikesList()).extracting(Strike::getStrikeId).containsExactly(linked, named);
                    assertThat(op.hasEnded()).isTrue();
                });
        assertThat(operation(id).getParty()).isEqualTo("PAK");
        await().atMost(Duration.ofSeconds(10)).until(() ->
                timeline(conflict, TimelineKind.TIMELINE_KIND_OPERATION).size() == 2);
        assertThat(timeline(conflict, TimelineKind.TIMELINE_KIND_OPERATION)).extracting(TimelineEntry::getTitle)
                .containsExactly("PAK launches operation Ghazab lil-Haq", "PAK operation Ghazab lil-Haq ended");
    }

    @Test
    void anOperationShowsTheClaimsAboutItAndItsTallyWithoutAddingOverlappingClaims() {
        String conflict = conflict();
        String strike = Grpc.commands().recordStrike(Requests.strike(conflict).setAttacker("PAK")
                .setOperation("Ghazab lil-Haq").build()).getEntityId();
        String id = Grpc.commands().launchOperation(StoryRequests.operation(conflict).build()).getEntityId();
        // ISPR: 10 killed in the strike, and at least 30 in the whole operation (which contains it)
        Grpc.commands().assertClaim(Requests.claim(conflict).setSubjectParty("IEA").setQuantity(Requests.exactly(10))
                .setScope(ClaimScope.newBuilder().setWindow(Requests.day("2026-02-27")).addStrikeIds(strike)).build());
        Grpc.commands().assertClaim(Requests.claim(conflict).setSubjectParty("IEA")
                .setQuantity(Quantity.newBuilder().setKind(QuantityKind.QUANTITY_KIND_AT_LEAST).setValue(30))
                .setScope(ClaimScope.newBuilder().setWindow(Requests.day("2026-02-27")).setOperation("Ghazab lil-Haq"))
                .build());
        // MUJAHID about the same strike: 3
        Grpc.commands().assertClaim(Requests.claim(conflict).setClaimant("MUJAHID").setSubjectParty("IEA")
                .setQuantity(Requests.exactly(3))
                .setScope(ClaimScope.newBuilder().setWindow(Requests.day("2026-02-27")).addStrikeIds(strike)).build());
        // about another strike, not in the operation: not shown
        String other = Grpc.commands().recordStrike(Requests.strike(conflict).setAttacker("PAK").build()).getEntityId();
        Grpc.commands().assertClaim(Requests.claim(conflict).setSubjectParty("IEA").setQuantity(Requests.exactly(99))
                .setScope(ClaimScope.newBuilder().setWindow(Requests.day("2026-02-27")).addStrikeIds(other)).build());

        await().atMost(Duration.ofSeconds(10)).ignoreExceptionsInstanceOf(StatusRuntimeException.class)
                .untilAsserted(() -> assertThat(operation(id).getClaimsCount()).isEqualTo(3));
        var row = operation(id).getTallyList().stream().filter(r -> r.getParty().equals("IEA")).findFirst().orElseThrow();
        assertThat(row.getByClaimantList()).extracting(f -> f.getClaimant() + " " + f.getDisplay())
                .containsExactly("ISPR 30+", "MUJAHID 3");
        assertThat(row.getRange().getDisplay()).isEqualTo("3–30+");
        assertThat(row.getContested()).isTrue();
    }

    @Test
    void operationRulesAndUnknownIds() {
        String id = Grpc.commands().launchOperation(StoryRequests.operation(conflict()).build()).getEntityId();
        Grpc.commands().endOperation(StoryRequests.endOperation(id).build());
        Grpc.commands().linkStrikeToOperation(StoryRequests.link(id, "s-1").build());

        assertThat(code(() -> Grpc.commands().endOperation(StoryRequests.endOperation(id).build())))
                .isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(code(() -> Grpc.commands().linkStrikeToOperation(StoryRequests.link(id, "s-1").build())))
                .isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(code(() -> Grpc.commands().endOperation(StoryRequests.endOperation("no-such-op").build())))
                .isEqualTo(Status.Code.NOT_FOUND);
        assertThat(code(() -> Grpc.commands().linkStrikeToOperation(StoryRequests.link("no-such-op", "s-1").build())))
                .isEqualTo(Status.Code.NOT_FOUND);
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, () -> operation("no-such-op"));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(Grpc.badFields(e)).containsExactly("operation_id");
    }

    private static Status.Code code(Runnable call) {
        return catchThrowableOfType(StatusRuntimeException.class, call::run).getStatus().getCode();
    }
}
