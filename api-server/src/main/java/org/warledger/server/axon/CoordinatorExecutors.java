package org.warledger.server.axon;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.common.AxonThreadFactory;

/**
 * The threads of the processors' coordinators, which read events ahead into each work package's
 * buffer. When a buffer is full (1,024 events), Axon's coordinator looks again only after 100 ms.
 * A projection that handles events more slowly than they are read, as in every replay, then sat
 * idle for the rest of each 100 ms: whatever its handlers cost, no projection replayed more than
 * about 10,240 events/s (1,024 per 100 ms).
 *
 * <p>Here such short waits end as soon as a work package of the same processor has committed a
 * batch (and so has room again): {@link #batchCommitted} runs the waiting coordination at once,
 * and the wait, when it ends, finds it done. Longer waits (claims, back-off after errors) are
 * left alone.
 */
final class CoordinatorExecutors implements AutoCloseable {

    /** Axon's wait for room in a full work package. */
    static final Duration ROOM_WAIT = Duration.ofMillis(100);

    private final long shortWaitNanos;
    private final Map<String, Executor> byProcessor = new ConcurrentHashMap<>();

    CoordinatorExecutors() {
        this(ROOM_WAIT);
    }

    /** {@code shortWait}: waits up to this long end early when a batch commits. */
    CoordinatorExecutors(Duration shortWait) {
        this.shortWaitNanos = shortWait.toNanos();
    }

    /** The coordinator's executor for processor {@code name}: one thread, "Coordinator[name]", as Axon's own. */
    ScheduledExecutorService forProcessor(String name) {
        return byProcessor.computeIfAbsent(name, Executor::new);
    }

    /** A work package of processor {@code name} has committed a batch: its coordinator need not wait for room. */
    void batchCommitted(String name) {
        Executor executor = byProcessor.get(name);
        if (executor != null) {
            executor.runWaitingNow();
        }
    }

    @Override
    public void close() {
        byProcessor.values().forEach(ScheduledThreadPoolExecutor::shutdown);
    }

    private final class Executor extends ScheduledThreadPoolExecutor {

        private final Set<Once> waiting = ConcurrentHashMap.newKeySet();

        Executor(String processor) {
            super(1, new AxonThreadFactory("Coordinator[" + processor + "]"));
            // at shutdown the processors have stopped: their pending waits need not keep the thread
            setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            long nanos = unit.toNanos(delay);
            if (nanos <= 0 || nanos > shortWaitNanos) {
                return super.schedule(command, delay, unit);
            }
            Once once = new Once(command);
            waiting.add(once);
            return super.schedule(once, delay, unit);
        }

        void runWaitingNow() {
            if (isShutdown()) {
                return;
            }
            for (Once once : waiting) {
                if (waiting.remove(once)) {
                    execute(once);
                }
            }
        }

        /** Runs its command the first time it is run, whether early or at the end of its wait. */
        private final class Once implements Runnable {
            private final Runnable command;
            private final AtomicBoolean ran = new AtomicBoolean();

            Once(Runnable command) {
                this.command = command;
            }

            @Override
            public void run() {
                if (ran.compareAndSet(false, true)) {
                    waiting.remove(this);
                    command.run();
                }
            }
        }
    }
}
