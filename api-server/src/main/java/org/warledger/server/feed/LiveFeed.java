package org.warledger.server.feed;

import com.google.protobuf.Message;
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
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.warledger.server.axon.ProjectionProgress;
import org.warledger.server.grpc.CallThread;
import org.warledger.server.store.GroupCommitAppender;

/**
 * Runs server streams (the event log, timeline changes): a small shared pool does the reading and
 * sending; followers are woken by this node's commits and read-model batches and, for work done
 * by other nodes, by a periodic poll.
 */
@ApplicationScoped
public class LiveFeed {

    private final Set<StreamPump<?, ?>> pumps = ConcurrentHashMap.newKeySet();
    private final ExecutorService workers;
    private final ScheduledExecutorService poll = Executors.newSingleThreadScheduledExecutor(
            r -> daemon(r, "warledger-feed-poll"));

    public LiveFeed(GroupCommitAppender appender, ProjectionProgress progress,
                    @ConfigProperty(name = "warledger.feed.threads", defaultValue = "4") int threads,
                    @ConfigProperty(name = "warledger.feed.poll-millis", defaultValue = "1000") long pollMillis) {
        this.workers = Executors.newFixedThreadPool(threads, r -> daemon(r, "warledger-feed"));
        appender.addCommitListener(head -> wakeFollowers());
        progress.addListener(group -> wakeFollowers());
        poll.scheduleWithFixedDelay(this::wakeFollowers, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    /** Starts streaming {@code source} to {@code out} from {@code after}; returns at once. */
    public <R, M extends Message> void stream(ServerCallStreamObserver<M> out, PageSource<R> source,
                                              Function<R, M> mapper, long after, boolean follow) {
        StreamPump<R, M> pump = new StreamPump<>(out, source, mapper, after, follow, workers,
                CallThread.current(), pumps::remove);
        pumps.add(pump);
        pump.start();
    }

    /** Number of open streams (for tests and metrics). */
    public int openStreams() {
        return pumps.size();
    }

    private void wakeFollowers() {
        for (StreamPump<?, ?> p : pumps) {
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
