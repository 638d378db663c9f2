package org.warledger.server.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import java.util.Map;

/**
 * Points every {@code @QuarkusTest} at a fresh PostgreSQL database when the run is on PostgreSQL
 * (see {@link TestStore}); on H2 it changes nothing. Global: one database per test run.
 */
@WithTestResource(value = StoreTestResource.class, scope = TestResourceScope.GLOBAL)
public class StoreTestResource implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public Map<String, String> start() {
        if (!TestStore.postgresql()) {
            return Map.of();
        }
        database = TestStore.createDatabase();
        return TestStore.serverConfig(database);
    }

    @Override
    public void stop() {
        if (database != null) {
            TestStore.dropDatabase(database);
        }
    }
}
