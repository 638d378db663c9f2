package org.warledger.server.strike;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.warledger.domain.strike.Strike;
import org.warledger.proto.v1.GetStrikeRequest;
import org.warledger.proto.v1.RecordStrikeOutcomeRequest;
import org.warledger.proto.v1.StrikeOutcome;
import org.warledger.server.support.Grpc;
import org.warledger.server.support.Requests;

/** A long history is loaded from a snapshot, not replayed from the first event. */
@QuarkusTest
class AggregateLoadingTest {

    @Inject
    EventStore eventStore;

    @Test
    void aStrikeWithALongHistoryIsLoadedFromASnapshot() {
        String id = Grpc.commands().recordStrike(Requests.strike("snapshots").build()).getEntityId();
        for (int i = 0; i < 150; i++) {
            Grpc.commands().recordStrikeOutcome(RecordStrikeOutcomeRequest.newBuilder().setContext(Requests.context())
                    .setStrikeId(id).setOutcome(StrikeOutcome.STRIKE_OUTCOME_HIT).setSource(Requests.source("ISPR"))
                    .build());
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            DomainEventStream stream = eventStore.readEvents(id);
            assertThat(stream.hasNext()).isTrue();
            assertThat(stream.peek().getPayloadType()).isEqualTo(Strike.class);
            assertThat(stream.peek().getSequenceNumber()).isGreaterThanOrEqualTo(99);
            assertThat(stream.peek().getPayload()).isInstanceOf(Strike.class);
        });
        // the aggregate still accepts commands, i.e. the snapshot restores its state
        Grpc.commands().recordStrikeOutcome(RecordStrikeOutcomeRequest.newBuilder().setContext(Requests.context())
                .setStrikeId(id).setOutcome(StrikeOutcome.STRIKE_OUTCOME_MISSED).setSource(Requests.source("ISPR")).build());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(Grpc.queries()
                .getStrike(GetStrikeRequest.newBuilder().setStrikeId(id).build()).getOutcomesCount()).isEqualTo(151));
    }
}
