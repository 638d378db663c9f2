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
public abstract class DevKeyEarlyStart implements FlywayConfigurationCustomizer {

    private final DevCredentials credentials;

    DevKeyEarlyStart(DevCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        credentials.prepare();
    }

    /** The embedded H2 store (Quarkus's default data source). */
    @Singleton
    static class DefaultStore extends DevKeyEarlyStart {
        DefaultStore(DevCredentials credentials) {
            super(credentials);
        }
    }

    /** The PostgreSQL store. */
    @Singleton
    @FlywayDataSource(StoreDataSource.POSTGRESQL)
    static class PostgresqlStore extends DevKeyEarlyStart {
        PostgresqlStore(DevCredentials credentials) {
            super(credentials);
        }
    }
}
