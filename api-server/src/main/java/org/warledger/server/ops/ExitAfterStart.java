package org.warledger.server.ops;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code warledger.exit-after-start=true} the server starts in full (store, migrations,
 * processors, gRPC) and then exits at once. The build uses it to record the classes a start
 * loads into a class-data archive ({@code api-server/target/quarkus-app/warledger.jsa}), which the
 * README's start command maps, so the JVM need not load and verify them again on every start.
 */
@ApplicationScoped
public class ExitAfterStart {

    private final boolean exit;

    public ExitAfterStart(@ConfigProperty(name = "warledger.exit-after-start", defaultValue = "false") boolean exit) {
        this.exit = exit;
    }

    void onStart(@Observes @Priority(Integer.MAX_VALUE) StartupEvent event) {
        if (exit) {
            Quarkus.asyncExit(0);
        }
    }
}
