package org.warledger.server.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.grpc.Context;
import io.grpc.stub.StreamObserver;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.warledger.proto.v1.ListTimelineRequest;
import org.warledger.proto.v1.QueryServiceGrpc;
import org.warledger.proto.v1.RecordStrikeOutcomeRequest;
import org.warledger.proto.v1.StrikeOutcome;
import org.warledger.proto.v1.TimelineChange;
import org.warledger.proto.v1.WatchTimelineRequest;
import org.warledger.server.support.Grpc;
import org.warledger.server.support.Requests;
import org.warledger.server.support.Tokens;

/** Client services follow a conflict's timeline live, and resume where they left off. */
@QuarkusTest
class WatchTimelineTest {

    private final String conflict = "watch-" + UUID.randomUUID().toString().substring(0, 8);

    private String strike() {
        return Grpc.commands().recordStrike(Requests.strike(conflict).build()).getEntityId();
    }

    private List<TimelineChange> catchUp(long after) {
        List<TimelineChange> out = new CopyOnWriteArrayList<>();
        Grpc.queries().watchTimeline(WatchTimelineRequest.newBuilder().setConflictKey(conflict).setAfterPosition(after)
                .build()).forEachRemaining(out::add);
        return out;
    }

    @Test
    void aFollowerSeesNewEntriesAndNewVersionsAndResumesWithoutRepeats() {
        String first = strike();
        await().atMost(Duration.ofSeconds(10)).until(() -> catchUp(0).size() == 1);
        long seen = catchUp(0).get(0).getPosition();

        List<TimelineChange> live = new CopyOnWriteArrayList<>();
        Context.CancellableContext call = Context.current().withCancellation();
        call.run(() -> QueryServiceGrpc.newStub(Grpc.channel())
                .withCallCredentials(Tokens.credentials(Tokens.admin())).watchTimeline(WatchTimelineRequest.newBuilder()
                .setConflictKey(conflict).setAfterPosition(seen).setFollow(true).build(), collect(live)));
        String second = strike();
        Grpc.commands().recordStrikeOutcome(RecordStrikeOutcomeRequest.newBuilder().setContext(Requests.context())
                .setStrikeId(first).setOutcome(StrikeOutcome.STRIKE_OUTCOME_INTERCEPTED)
                .setSource(Requests.source("ISPR")).build());

        await().atMost(Duration.ofSeconds(10)).until(() -> live.size() == 2);
        call.cancel(null);
        assertThat(live).extracting(c -> c.getEntry().getEntityId()).containsExactlyInAnyOrder(second, first);
        assertThat(live.stream().filter(c -> c.getEntry().getEntityId().equals(first)).findFirst().orElseThrow()
                .getEntry().getMarksList()).contains("intercepted");
        assertThat(live).extracting(TimelineChange::getPosition).isSorted().allMatch(p -> p > seen);

        long last = live.get(live.size() - 1).getPosition();
        String third = strike();
        await().atMost(Duration.ofSeconds(10)).until(() -> catchUp(last).size() == 1);
        assertThat(catchUp(last).get(0).getEntry().getEntityId()).isEqualTo(third);
        assertThat(Grpc.queries().listTimeline(ListTimelineRequest.newBuilder().setConflictKey(conflict).build())
                .getEntriesCount()).isEqualTo(3);
    }

    private static StreamObserver<TimelineChange> collect(List<TimelineChange> into) {
        return new StreamObserver<>() {
            @Override
            public void onNext(TimelineChange value) {
                into.add(value);
            }

            @Override
            public void onError(Throwable t) {
            }

            @Override
            public void onCompleted() {
            }
        };
    }
}
