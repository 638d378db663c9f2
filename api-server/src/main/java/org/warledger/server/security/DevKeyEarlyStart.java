package org.warledger.server.security;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import io.quarkus.flyway.FlywayDataSource;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.warledger.server.store.StoreDataSource;

/**
 * Starts making the development key pair ({@link DevCredentials#prepare()}) at the first point of a
 * start where user code runs with the runtime configuration in place: Quarkus configuring Flyway,
 * before the migrations. The key is then made on its own thread while the migrations, Axon and the
 * gRPC services start, instead of after them on the main thread (a few hundred milliseconds of the
 * time to ready on a fresh store). It changes nothing in Flyway's configuration. One bean per data
 * source, since Quarkus configures the chosen store's Flyway only.
 */
public final class DevKeyEarlyStart {

    private DevKeyEarlyStart() {
    }

    /** The embedded H2 store (Quarkus's default data source). */
    @Singleton
    static class DefaultStore implements FlywayConfigurationCustomizer {
        private final DevCredentials credentials;

        DefaultStore(DevCredentials credentials) {
            this.credentials = credentials;
        }

        @Override
        public void customize(FluentConfiguration configuration) {
            credentials.prepare();
        }
    }

    /** The PostgreSQL store. */
    @Singleton
    @FlywayDataSource(StoreDataSource.POSTGRESQL)
    static class PostgresqlStore implements FlywayConfigurationCustomizer {
        private final DevCredentials credentials;

        PostgresqlStore(DevCredentials credentials) {
            this.credentials = credentials;
        }

        @Override
        public void customize(FluentConfiguration configuration) {
            credentials.prepare();
        }
    }
}
