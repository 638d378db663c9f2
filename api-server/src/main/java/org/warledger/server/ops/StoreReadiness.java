package org.warledger.server.ops;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the event store answers and every read model's processor is running. */
@Readiness
@ApplicationScoped
public class StoreReadiness implements HealthCheck {

    private final ProjectionStatus status;

    public StoreReadiness(ProjectionStatus status) {
        this.status = status;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            long head = status.head();
            var builder = HealthCheckResponse.named("event-store-and-projections").withData("head", head);
            status.positions().forEach(builder::withData);
            return builder.status(status.allRunning()).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("event-store-and-projections").down()
                    .withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
