package org.warledger.server.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warledger.proto.v1.GetEntityHistoryRequest;
import org.warledger.proto.v1.RecordStrikeOutcomeRequest;
import org.warledger.proto.v1.RecordStrikeRequest;
import org.warledger.proto.v1.RequestContext;
import org.warledger.proto.v1.RetractClaimRequest;
import org.warledger.proto.v1.StrikeOutcome;
import org.warledger.proto.v1.WriteResult;
import org.warledger.server.support.Grpc;
import org.warledger.server.support.Requests;

/**
 * Retries of requests that went through, on each path a retry can take: a change the entity would
 * accept again, a change the entity now refuses, a request id reused for another entity, and
 * several copies of one request racing each other (the copies that miss the request log meet the
 * store's unique request id).
 */
@QuarkusTest
class RetriedRequestTest {

    @BeforeEach
    void registerParties() {
        Requests.registerSeedRegistry();
    }

    private static String conflict() {
        return "retry-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static int eventsOf(String entityId) {
        return Grpc.audit().getEntityHistory(GetEntityHistoryRequest.newBuilder().setEntityId(entityId).build())
                .getEventsCount();
    }

    private static RecordStrikeOutcomeRequest outcome(String strikeId, String requestId) {
        return RecordStrikeOutcomeRequest.newBuilder()
                .setContext(RequestContext.newBuilder().setRequestId(requestId).setClientName("retry-test"))
                .setStrikeId(strikeId).setOutcome(StrikeOutcome.STRIKE_OUTCOME_HIT).setDescription("hit")
                .setSource(Requests.source("ISPR")).build();
    }

    @Test
    void aRetriedChangeTheEntityWouldAcceptAgainIsAnsweredAsTheFirstTimeAndStoredOnce() {
        String strike = Grpc.commands().recordStrike(Requests.strike(conflict()).build()).getEntityId();
        RecordStrikeOutcomeRequest request = outcome(strike, "outcome-" + UUID.randomUUID());

        WriteResult first = Grpc.commands().recordStrikeOutcome(request);
        WriteResult retry = Grpc.commands().recordStrikeOutcome(request);

        assertThat(first.getReplayed()).isFalse();
        assertThat(retry.getReplayed()).isTrue();
        assertThat(retry.getEntityId()).isEqualTo(strike);
        assertThat(retry.getRequestId()).isEqualTo(first.getRequestId());
        // the strike's creation and one outcome: a second outcome would have been a second event
        assertThat(eventsOf(strike)).isEqualTo(2);
    }

    @Test
    void aRetriedChangeTheEntityNowRefusesIsAnsweredAsTheFirstTime() {
        String claim = Grpc.commands().assertClaim(Requests.claim(conflict()).build()).getEntityId();
        RetractClaimRequest request = RetractClaimRequest.newBuilder().setContext(RequestContext.newBuilder()
                .setRequestId("retract-" + UUID.randomUUID())).setClaimId(claim).setReason("deleted post")
                .setRetractedAt(Requests.ts("2026-02-27T15:00:00Z")).build();

        WriteResult first = Grpc.commands().retractClaim(request);
        // a claim cannot be retracted twice: the repeat fails on the claim's rules, not in the store
        WriteResult retry = Grpc.commands().retractClaim(request);

        assertThat(retry.getReplayed()).isTrue();
        assertThat(retry.getEntityId()).isEqualTo(first.getEntityId());
        assertThat(eventsOf(claim)).isEqualTo(2);
    }

    @Test
    void aRequestIdReusedForAChangeOfAnotherEntityIsRefusedAndStoresNothing() {
        String conflict = conflict();
        String one = Grpc.commands().recordStrike(Requests.strike(conflict).build()).getEntityId();
        String other = Grpc.commands().recordStrike(Requests.strike(conflict).build()).getEntityId();
        String requestId = "outcome-" + UUID.randomUUID();
        Grpc.commands().recordStrikeOutcome(outcome(one, requestId));

        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> Grpc.commands().recordStrikeOutcome(outcome(other, requestId)));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(Grpc.badFields(e)).containsExactly("context.request_id");
        assertThat(eventsOf(other)).isEqualTo(1);
        assertThat(eventsOf(one)).isEqualTo(2);
    }

    @Test
    void copiesOfOneRequestSentAtOnceStoreItOnceAndAllGetItsAnswer() throws Exception {
        RecordStrikeRequest request = Requests.strike(conflict()).build();
        int copies = 8;
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<WriteResult>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < copies; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return Grpc.commands().recordStrike(request);
                }));
            }
            start.countDown();
            List<WriteResult> results = new ArrayList<>();
            for (Future<WriteResult> answer : answers) {
                results.add(answer.get(30, TimeUnit.SECONDS));
            }

            assertThat(results).extracting(WriteResult::getEntityId).containsOnly(results.get(0).getEntityId());
            assertThat(results).filteredOn(r -> !r.getReplayed()).hasSize(1);
            assertThat(eventsOf(results.get(0).getEntityId())).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
