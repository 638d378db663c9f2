package org.warledger.server.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.warledger.projections.ReadModels;

/** Where each read model's processor stands relative to the head of the event store. */
@ApplicationScoped
public class ProjectionStatus {

    private final Configuration axon;

    public ProjectionStatus(Configuration axon) {
        this.axon = axon;
    }

    /** The head of the store: the position of the newest event (0 if empty). */
    public long head() {
        TrackingToken head = axon.eventStore().createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    /** For each processing group, the position it has processed up to (lowest across segments). */
    public Map<String, Long> positions() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String group : ReadModels.processingGroups()) {
            processor(group).ifPresent(p -> out.put(group, position(p)));
        }
        return out;
    }

    public boolean allRunning() {
        return ReadModels.processingGroups().stream()
                .allMatch(g -> processor(g).map(StreamingEventProcessor::isRunning).orElse(false));
    }

    public java.util.Optional<StreamingEventProcessor> processor(String group) {
        return axon.eventProcessingConfiguration().eventProcessor(group, StreamingEventProcessor.class);
    }

    private static long position(StreamingEventProcessor p) {
        var status = p.processingStatus();
        if (status.isEmpty()) {
            return 0;
        }
        return status.values().stream()
                .map(s -> s.getCurrentPosition())
                .mapToLong(o -> o.orElse(0))
                .min().orElse(0);
    }

    static OptionalLong none() {
        return OptionalLong.empty();
    }
}
