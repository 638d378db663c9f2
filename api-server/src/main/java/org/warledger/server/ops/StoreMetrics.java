package org.warledger.server.ops;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.warledger.projections.ReadModels;
import org.warledger.server.store.GroupCommitAppender;

/** Events appended and each read model's lag behind the store, for /q/metrics. */
@ApplicationScoped
public class StoreMetrics {

    void register(@Observes StartupEvent start, MeterRegistry registry, GroupCommitAppender appender,
                  ProjectionStatus status) {
        FunctionCounter.builder("warledger.events.appended", appender, GroupCommitAppender::appendedCount)
                .description("events appended by this node").register(registry);
        Gauge.builder("warledger.store.head", status, ProjectionStatus::head)
                .description("global position of the newest stored event").register(registry);
        for (String group : ReadModels.processingGroups()) {
            Gauge.builder("warledger.projection.lag", status,
                            s -> Math.max(0, s.head() - s.positions().getOrDefault(group, 0L)))
                    .tag("projection", group)
                    .description("events stored but not yet applied to the read model").register(registry);
        }
    }
}
