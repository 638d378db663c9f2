package org.warledger.server.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

/** Axon's messages get unique version-7 identifiers that sort in the order they were made. */
class TimeOrderedIdentifiersTest {

    @Test
    void axonUsesThemForEveryMessage() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(TimeOrderedIdentifiers.class);
        String id = GenericEventMessage.asEventMessage("payload").getIdentifier();
        assertThat(UUID.fromString(id).version()).isEqualTo(7);
    }

    @Test
    void theyAreUniqueAndSortInTheOrderTheyWereMade() {
        TimeOrderedIdentifiers ids = new TimeOrderedIdentifiers();
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            made.add(ids.generateIdentifier());
        }
        assertThat(new HashSet<>(made)).hasSize(made.size());
        assertThat(made).isSorted();
    }

    @Test
    void concurrentWritersGetDistinctIdentifiers() throws Exception {
        TimeOrderedIdentifiers ids = new TimeOrderedIdentifiers();
        Set<String> all = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 5_000; i++) {
                        all.add(ids.generateIdentifier());
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(all).hasSize(40_000);
    }
}
