package org.warledger.server.axon;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Retries a command only when it lost a race for the same entity (another request or node wrote
 * it first); every other failure is the client's answer. Jittered backoff, bounded attempts; when
 * they run out the client sees ABORTED.
 */
public class ConflictRetryScheduler implements RetryScheduler {

    private final ScheduledExecutorService executor;
    private final int maxRetries;
    private final Runnable onRetry;

    public ConflictRetryScheduler(ScheduledExecutorService executor, int maxRetries) {
        this(executor, maxRetries, () -> { });
    }

    /** {@code onRetry} is told of every retry (for the conflict-retries metric). */
    public ConflictRetryScheduler(ScheduledExecutorService executor, int maxRetries, Runnable onRetry) {
        this.executor = executor;
        this.maxRetries = maxRetries;
        this.onRetry = onRetry;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable dispatchTask) {
        if (!isConflict(lastFailure) || failures.size() > maxRetries) {
            return false;
        }
        onRetry.run();
        long delayMillis = ThreadLocalRandom.current().nextLong(1, 5L << Math.min(failures.size(), 6));
        executor.schedule(dispatchTask, delayMillis, TimeUnit.MILLISECONDS);
        return true;
    }

    private static boolean isConflict(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
