package org.warledger.server.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warledger.proto.v1.AssertClaimRequest;
import org.warledger.proto.v1.AssessClaimRequest;
import org.warledger.proto.v1.Claim;
import org.warledger.proto.v1.ClaimScope;
import org.warledger.proto.v1.ClaimStatus;
import org.warledger.proto.v1.GetClaimRequest;
import org.warledger.proto.v1.GetTallyRequest;
import org.warledger.proto.v1.Grade;
import org.warledger.proto.v1.ListClaimsRequest;
import org.warledger.proto.v1.ListTimelineRequest;
import org.warledger.proto.v1.Quantity;
import org.warledger.proto.v1.QuantityKind;
import org.warledger.proto.v1.RetractClaimRequest;
import org.warledger.proto.v1.ReviseClaimRequest;
import org.warledger.proto.v1.TallyRow;
import org.warledger.proto.v1.TimelineEntry;
import org.warledger.proto.v1.TimelineKind;
import org.warledger.server.support.Grpc;
import org.warledger.server.support.Requests;

@QuarkusTest
class ClaimApiTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final String conflict = "test-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void registerParties() {
        Requests.registerSeedRegistry();
    }

    private List<Claim> claims(ClaimStatus status) {
        return Grpc.queries().listClaims(ListClaimsRequest.newBuilder().setConflictKey(conflict).setStatus(status)
                .build()).getClaimsList();
    }

    private List<TimelineEntry> timeline() {
        return Grpc.queries().listTimeline(ListTimelineRequest.newBuilder().setConflictKey(conflict).build())
                .getEntriesList();
    }

    private List<TallyRow> tally(boolean verifiedOnly) {
        return Grpc.queries().getTally(GetTallyRequest.newBuilder().setConflictKey(conflict)
                .setVerifiedOnly(verifiedOnly).build()).getRowsList();
    }

    private String assertClaim(AssertClaimRequest.Builder request) {
        return Grpc.commands().assertClaim(request.build()).getEntityId();
    }

    private void retract(String id) {
        Grpc.commands().retractClaim(RetractClaimRequest.newBuilder().setContext(Requests.context()).setClaimId(id)
                .setReason("post deleted").setRetractedAt(Requests.ts("2026-02-27T15:00:00Z")).build());
    }

    private static StatusRuntimeException refused(ThrowingCallable call, Status.Code code, String field) {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, call);
        assertThat(e).as("call should fail").isNotNull();
        assertThat(e.getStatus().getCode()).isEqualTo(code);
        if (field != null) {
            assertThat(Grpc.badFields(e)).contains(field);
        }
        return e;
    }

    @Test
    void anAssertedClaimIsListedFetchedTalliedAndOnTheTimeline() {
        String id = assertClaim(Requests.claim(conflict).setClaimant("dg ispr"));

        assertThat(id).startsWith("claim-");
        await().atMost(WAIT).until(() -> claims(ClaimStatus.CLAIM_STATUS_ACTIVE).size() == 1);
        Claim claim = Grpc.queries().getClaim(GetClaimRequest.newBuilder().setClaimId(id).build());
        assertThat(claim.getClaimant()).isEqualTo("ISPR");
        assertThat(claim.getDisplay()).isEqualTo("12");
        assertThat(claim.getGrade()).isEqualTo(Grade.GRADE_UNVERIFIED);
        await().atMost(WAIT).untilAsserted(() -> assertThat(timeline()).singleElement().satisfies(e -> {
            assertThat(e.getKind()).isEqualTo(TimelineKind.TIMELINE_KIND_CLAIM);
            assertThat(e.getTitle()).contains("ISPR").contains("PAK killed").contains("12");
        }));
        assertThat(tally(false)).singleElement().satisfies(r -> assertThat(r.getRange().getDisplay()).isEqualTo("12"));
    }

    @Test
    void aRetractedClaimStaysListedAndMarkedButNeverCounts() {
        String id = assertClaim(Requests.claim(conflict));
        retract(id);

        await().atMost(WAIT).until(() -> claims(ClaimStatus.CLAIM_STATUS_RETRACTED).size() == 1);
        assertThat(claims(ClaimStatus.CLAIM_STATUS_ACTIVE)).isEmpty();
        assertThat(claims(ClaimStatus.CLAIM_STATUS_UNSPECIFIED)).singleElement()
                .satisfies(c -> assertThat(c.getRetractionReason()).isEqualTo("post deleted"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(timeline()).singleElement()
                .satisfies(e -> assertThat(e.getMarksList()).contains("retracted")));
        assertThat(tally(false)).isEmpty();
    }

    @Test
    void aRevisionReplacesTheFigureEverywhere() {
        String id = assertClaim(Requests.claim(conflict));
        Grpc.commands().reviseClaim(ReviseClaimRequest.newBuilder().setContext(Requests.context()).setClaimId(id)
                .setQuantity(Requests.exactly(14)).setRevisedAt(Requests.ts("2026-02-28T09:00:00Z")).build());

        await().atMost(WAIT).untilAsserted(() -> assertThat(claims(ClaimStatus.CLAIM_STATUS_ACTIVE)).singleElement()
                .satisfies(c -> {
                    assertThat(c.getDisplay()).isEqualTo("14");
                    assertThat(c.getRevisions()).isEqualTo(1);
                }));
        await().atMost(WAIT).untilAsserted(() -> assertThat(timeline()).singleElement().satisfies(e -> {
            assertThat(e.getMarksList()).contains("revised");
            assertThat(e.getTitle()).endsWith(": 14");
        }));
        assertThat(tally(false).get(0).getByClaimant(0).getDisplay()).isEqualTo("14");
    }

    @Test
    void anAssessmentGradesTheClaimAndFeedsVerifiedOnlyTallies() {
        String verified = assertClaim(Requests.claim(conflict));
        assertClaim(Requests.claim(conflict).setClaimant("MUJAHID").setQuantity(Requests.exactly(55)));
        Grpc.commands().assessClaim(AssessClaimRequest.newBuilder().setContext(Requests.context())
                .setClaimId(verified).setGrade(Grade.GRADE_VERIFIED).setAnalyst("analyst-1")
                .setAssessedAt(Requests.ts("2026-03-01T00:00:00Z")).build());

        await().atMost(WAIT).ignoreExceptions().until(() -> Grpc.queries().getClaim(GetClaimRequest.newBuilder().setClaimId(verified)
                .build()).getGrade() == Grade.GRADE_VERIFIED);
        await().atMost(WAIT).untilAsserted(() -> assertThat(timeline()).filteredOn(e -> e.getEntityId().equals(verified))
                .singleElement().satisfies(e -> assertThat(e.getMarksList()).contains("verified")));
        assertThat(tally(false).get(0).getRange().getDisplay()).isEqualTo("12–55");
        assertThat(tally(true)).singleElement().satisfies(r -> {
            assertThat(r.getRange().getDisplay()).isEqualTo("12");
            assertThat(r.getByClaimantList()).extracting(f -> f.getClaimant()).containsExactly("ISPR");
        });
    }

    @Test
    void aRetriedAssertionReturnsTheSameClaimAndStoresItOnce() {
        AssertClaimRequest request = Requests.claim(conflict).build();
        var first = Grpc.commands().assertClaim(request);
        var retry = Grpc.commands().assertClaim(request);

        assertThat(retry.getEntityId()).isEqualTo(first.getEntityId());
        assertThat(retry.getReplayed()).isTrue();
        await().atMost(WAIT).until(() -> claims(ClaimStatus.CLAIM_STATUS_UNSPECIFIED).size() == 1);
        await().atMost(WAIT).untilAsserted(() -> assertThat(timeline()).hasSize(1));
        assertThat(Grpc.audit().getEntityHistory(org.warledger.proto.v1.GetEntityHistoryRequest.newBuilder()
                .setEntityId(first.getEntityId()).build()).getEventsCount()).isEqualTo(1);
    }

    @Test
    void badQuantitiesAreInvalidArgumentsNamingTheFieldAndStoreNothing() {
        refused(() -> assertClaim(Requests.claim(conflict).setQuantity(Requests.exactly(-1))),
                Status.Code.INVALID_ARGUMENT, "quantity.value");
        refused(() -> assertClaim(Requests.claim(conflict).setQuantity(Quantity.newBuilder()
                .setKind(QuantityKind.QUANTITY_KIND_BETWEEN).setLow(20).setHigh(10))),
                Status.Code.INVALID_ARGUMENT, "quantity.high");
        refused(() -> assertClaim(Requests.claim(conflict).setQuantity(Quantity.newBuilder()
                .setKind(QuantityKind.QUANTITY_KIND_BETWEEN).setLow(10).setHigh(20).setBest(30))),
                Status.Code.INVALID_ARGUMENT, "quantity.best");
        refused(() -> assertClaim(Requests.claim(conflict).setQuantity(Quantity.newBuilder()
                .setKind(QuantityKind.QUANTITY_KIND_AT_LEAST))), Status.Code.INVALID_ARGUMENT, "quantity.value");
        refused(() -> assertClaim(Requests.claim(conflict).clearQuantity()), Status.Code.INVALID_ARGUMENT, "quantity");
        refused(() -> assertClaim(Requests.claim(conflict).setQuantity(Quantity.getDefaultInstance())),
                Status.Code.INVALID_ARGUMENT, "quantity.kind");
        assertThat(claims(ClaimStatus.CLAIM_STATUS_UNSPECIFIED)).isEmpty();
    }

    @Test
    void missingFieldsAreEachNamed() {
        StatusRuntimeException e = refused(() -> assertClaim(AssertClaimRequest.newBuilder()
                .setContext(Requests.context())), Status.Code.INVALID_ARGUMENT, null);
        assertThat(Grpc.badFields(e)).contains("conflict_key", "claimant", "subject_party", "stated_at", "channel",
                "category", "scope.window", "quantity");
    }

    @Test
    void unknownReferencesAreNotFoundNamingTheField() {
        refused(() -> assertClaim(Requests.claim(conflict).setClaimant("NOBODY")), Status.Code.NOT_FOUND, "claimant");
        refused(() -> assertClaim(Requests.claim(conflict).setSubjectParty("NOWHERE")),
                Status.Code.NOT_FOUND, "subject_party");
        refused(() -> assertClaim(Requests.claim(conflict).setScope(ClaimScope.newBuilder()
                .setWindow(Requests.day("2026-02-27")).addStrikeIds("no-such-strike"))),
                Status.Code.NOT_FOUND, "scope.strike_ids[0]");
        refused(() -> retract("no-such-claim"), Status.Code.NOT_FOUND, "claim_id");
        refused(() -> Grpc.queries().getClaim(GetClaimRequest.newBuilder().setClaimId("no-such-claim").build()),
                Status.Code.NOT_FOUND, "claim_id");
        refused(() -> Grpc.queries().getTally(GetTallyRequest.newBuilder().setConflictKey(conflict)
                .setParty("NOWHERE").build()), Status.Code.NOT_FOUND, "party");
        assertThat(claims(ClaimStatus.CLAIM_STATUS_UNSPECIFIED)).isEmpty();
    }

    @Test
    void retractingTwiceOrRevisingARetractedClaimIsFailedPrecondition() {
        String id = assertClaim(Requests.claim(conflict));
        retract(id);

        StatusRuntimeException twice = refused(() -> retract(id), Status.Code.FAILED_PRECONDITION, null);
        assertThat(Grpc.reason(twice)).isEqualTo("CLAIM_ALREADY_RETRACTED");
        StatusRuntimeException revised = refused(() -> Grpc.commands().reviseClaim(ReviseClaimRequest.newBuilder()
                .setContext(Requests.context()).setClaimId(id).setQuantity(Requests.exactly(13))
                .setRevisedAt(Requests.ts("2026-02-28T00:00:00Z")).build()), Status.Code.FAILED_PRECONDITION, null);
        assertThat(Grpc.reason(revised)).isEqualTo("CLAIM_RETRACTED");
        await().atMost(WAIT).until(() -> claims(ClaimStatus.CLAIM_STATUS_RETRACTED).size() == 1);
        assertThat(claims(ClaimStatus.CLAIM_STATUS_RETRACTED).get(0).getDisplay()).isEqualTo("12");
    }

    @Test
    void anAssessmentNeedsAGradeAndAnAnalyst() {
        String id = assertClaim(Requests.claim(conflict));
        StatusRuntimeException e = refused(() -> Grpc.commands().assessClaim(AssessClaimRequest.newBuilder()
                .setContext(Requests.context()).setClaimId(id).build()), Status.Code.INVALID_ARGUMENT, null);
        assertThat(Grpc.badFields(e)).contains("grade", "analyst", "assessed_at");
    }

    @Test
    void aTallyNeedsAConflictAndAValidRecordingInstant() {
        refused(() -> Grpc.queries().getTally(GetTallyRequest.newBuilder().setConflictKey(conflict)
                .setAsRecordedAt(com.google.protobuf.Timestamp.newBuilder().setSeconds(Long.MAX_VALUE).build()).build()),
                Status.Code.INVALID_ARGUMENT, "as_recorded_at");
        refused(() -> Grpc.queries().getTally(GetTallyRequest.getDefaultInstance()),
                Status.Code.INVALID_ARGUMENT, "conflict_key");
    }
}
