package org.warledger.server.audit;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.UUID;

/** A server with a store of its own, for tests that tamper with the stored events. */
public class FreshStoreProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("warledger.data-dir", "./target/test-data/tamper-" + UUID.randomUUID());
    }
}
