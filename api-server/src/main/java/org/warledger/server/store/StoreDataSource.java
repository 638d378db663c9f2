package org.warledger.server.store;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Qualifier;
import jakarta.inject.Singleton;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one data source that holds the event store, the tracking tokens and every read model.
 * Both candidates are configured at build time (Quarkus fixes a data source's kind then); the
 * property {@code warledger.store} picks one at start-up and the other stays inactive, so the
 * default H2 path needs no PostgreSQL. Inject {@code @StoreDataSource.Store AgroalDataSource}.
 */
@ApplicationScoped
public class StoreDataSource {

    /** Name of the build-time PostgreSQL data source in the Quarkus configuration. */
    public static final String POSTGRESQL = "pg";

    /** Marks the data source chosen by {@code warledger.store}. */
    @Qualifier
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE})
    public @interface Store {
    }

    @Produces
    @Singleton
    @Store
    AgroalDataSource store(@ConfigProperty(name = "warledger.store", defaultValue = "h2") String store,
                           @Any InjectableInstance<AgroalDataSource> sources) {
        return switch (store.trim().toLowerCase()) {
            case "h2" -> sources.select(Default.Literal.INSTANCE).get();
            case "postgresql" -> sources.select(new io.quarkus.agroal.DataSource.DataSourceLiteral(POSTGRESQL)).get();
            default -> throw new IllegalArgumentException(
                    "warledger.store must be h2 or postgresql, not '" + store + "'");
        };
    }
}
