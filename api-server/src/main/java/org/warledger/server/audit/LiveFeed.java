package org.warledger.server.audit;

import io.grpc.stub.ServerCallStreamObserver;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.warledger.proto.v1.AuditEvent;
import org.warledger.server.store.GroupCommitAppender;

/**
 * Runs event streams: a small shared pool does the reading and sending, followers are woken by
 * this node's commits and, for events appended by other nodes, by a periodic poll.
 */
@ApplicationScoped
public class LiveFeed {

    private final EventLog log;
    private final Set<EventPump> pumps = ConcurrentHashMap.newKeySet();
    private final ExecutorService workers;
    private final ScheduledExecutorService poll = Executors.newSingleThreadScheduledExecutor(
            r -> daemon(r, "warledger-feed-poll"));

    public LiveFeed(EventLog log, GroupCommitAppender appender,
                    @ConfigProperty(name = "warledger.feed.threads", defaultValue = "4") int threads,
                    @ConfigProperty(name = "warledger.feed.poll-millis", defaultValue = "1000") long pollMillis) {
        this.log = log;
        this.workers = Executors.newFixedThreadPool(threads, r -> daemon(r, "warledger-feed"));
        appender.addCommitListener(head -> wakeFollowers());
        poll.scheduleWithFixedDelay(this::wakeFollowers, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    /** Starts streaming to {@code out}; returns at once. */
    public void stream(ServerCallStreamObserver<AuditEvent> out, EventFilter filter, long after, boolean follow) {
        EventPump pump = new EventPump(out, log, filter, after, follow, workers, pumps::remove);
        pumps.add(pump);
        pump.start();
    }

    /** Number of open streams (for tests and metrics). */
    public int openStreams() {
        return pumps.size();
    }

    private void wakeFollowers() {
        for (EventPump p : pumps) {
            if (p.follows()) {
                p.wake();
            }
        }
    }

    void shutdown(@Observes ShutdownEvent event) {
        poll.shutdownNow();
        workers.shutdownNow();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
