package org.warledger.server.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Predicate;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.warledger.projections.ReadModels;
import org.warledger.server.grpc.RequestValidationException;
import org.warledger.server.ops.ProjectionStatus;

/**
 * Rebuilds a read model with Axon: stop its processor, reset its tokens (its reset handler asks
 * for the read model to be emptied, in the same transaction), empty it, start the processor again,
 * and watch it replay up to the head captured at start.
 */
@ApplicationScoped
public class ProjectionRebuilder {

    /** Where a rebuild stands; {@code done} once the processed position reached {@code head}. */
    public record Progress(String projection, long processed, long head, boolean done) {
    }

    private final ProjectionStatus status;
    private final ReadModels readModels;

    public ProjectionRebuilder(ProjectionStatus status, ReadModels readModels) {
        this.status = status;
        this.readModels = readModels;
    }

    /** The projections to rebuild for a request: one by name, or all for an empty name. */
    public List<String> select(String name) {
        List<String> groups = ReadModels.processingGroups();
        if (name == null || name.isBlank()) {
            return groups;
        }
        if (!groups.contains(name.strip())) {
            throw RequestValidationException.of("projection",
                    "unknown projection '" + name + "'; valid names: " + String.join(", ", groups));
        }
        return List.of(name.strip());
    }

    /**
     * Rebuilds one projection, reporting progress every {@code everyMillis} to {@code listener}
     * until done or until the listener returns false (the caller went away; the replay goes on).
     */
    public void rebuild(String group, long everyMillis, Predicate<Progress> listener) throws InterruptedException {
        StreamingEventProcessor processor = status.processor(group)
                .orElseThrow(() -> new IllegalStateException("no processor for " + group));
        long head = status.head();
        processor.shutDown();
        processor.resetTokens();
        readModels.finishResets(group);
        processor.start();
        while (true) {
            long processed = status.positions().getOrDefault(group, 0L);
            // not isReplaying(): Axon leaves replay only when an event beyond the reset point arrives
            boolean done = processed >= head;
            if (!listener.test(new Progress(group, Math.min(processed, head), head, done)) || done) {
                return;
            }
            Thread.sleep(everyMillis);
        }
    }
}
