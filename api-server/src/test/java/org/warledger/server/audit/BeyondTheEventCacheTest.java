package org.warledger.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.warledger.proto.v1.ListTimelineRequest;
import org.warledger.proto.v1.TimelineEntry;
import org.warledger.server.support.Grpc;
import org.warledger.server.support.Requests;

/**
 * A burst of concurrent writes many times larger than the events Axon keeps in memory (16 in this
 * profile): every acknowledged strike still reaches the timeline, once.
 */
@QuarkusTest
@TestProfile(FreshStoreProfile.class)
class BeyondTheEventCacheTest {

    @Test
    void aBurstFarBeyondTheEventCacheReachesTheTimelineWhole() throws Exception {
        String conflict = "burst-" + UUID.randomUUID().toString().substring(0, 8);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Requests.ensureSeedRegistry(); // once, before the writers start
        ExecutorService writers = Executors.newFixedThreadPool(12);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int w = 0; w < 12; w++) {
                done.add(writers.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        acknowledged.add(Grpc.commands().recordStrike(Requests.strike(conflict).build()).getEntityId());
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            writers.shutdownNow();
        }
        assertThat(acknowledged).hasSize(300);

        await().atMost(Duration.ofSeconds(60)).until(() -> timeline(conflict).size() >= 300);
        List<TimelineEntry> entries = timeline(conflict);
        assertThat(entries).hasSize(300);
        assertThat(entries.stream().map(TimelineEntry::getEntityId).collect(Collectors.toSet()))
                .isEqualTo(acknowledged);
    }

    private static List<TimelineEntry> timeline(String conflict) {
        return Grpc.queries().listTimeline(ListTimelineRequest.newBuilder().setConflictKey(conflict).setPageSize(1000)
                .build()).getEntriesList();
    }
}
