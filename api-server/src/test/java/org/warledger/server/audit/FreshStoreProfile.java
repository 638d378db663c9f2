package org.warledger.server.audit;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.UUID;

/**
 * A server with a store of its own, for tests that tamper with the stored events. Axon keeps only
 * 16 events in memory here, so the projections of these tests mostly read beyond that cache,
 * straight from the store (as they do whenever they fall behind a burst in service).
 */
public class FreshStoreProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("warledger.data-dir", "./target/test-data/tamper-" + UUID.randomUUID(),
                "warledger.event-store.cached-events", "16");
    }
}
