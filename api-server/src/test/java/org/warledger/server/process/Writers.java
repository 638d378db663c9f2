package org.warledger.server.process;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Client threads that keep writing until told to stop, their node goes away, or their bounded
 * number of writes is done. Records the key of every write the server acknowledged, and of every
 * write whose outcome is unknown (the call failed, so it may or may not have been stored).
 */
public final class Writers {

    /** One write: its key, and the call that sends it. */
    public record Attempt(String key, Runnable call) {
    }

    /** Makes the i-th write of a thread. */
    @FunctionalInterface
    public interface Workload {
        Attempt next(int thread, int i);
    }

    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final Set<String> unknown = ConcurrentHashMap.newKeySet();
    private final Map<Status.Code, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();

    /** Starts {@code count} threads, each making at most {@code maxWrites} writes. */
    public static Writers start(String name, int count, int maxWrites, Workload workload) {
        Writers writers = new Writers();
        for (int t = 0; t < count; t++) {
            int thread = t;
            Thread th = new Thread(() -> writers.loop(thread, maxWrites, workload), name + "-writer-" + t);
            th.setDaemon(true);
            writers.threads.add(th);
            th.start();
        }
        return writers;
    }

    private void loop(int thread, int maxWrites, Workload workload) {
        for (int i = 0; i < maxWrites && !stop.get(); i++) {
            Attempt attempt = workload.next(thread, i);
            try {
                attempt.call().run();
                acknowledged.add(attempt.key());
            } catch (StatusRuntimeException e) {
                unknown.add(attempt.key());
                failures.computeIfAbsent(e.getStatus().getCode(), c -> new AtomicInteger()).incrementAndGet();
                if (e.getStatus().getCode() == Status.Code.UNAVAILABLE) {
                    return; // the node is gone
                }
            }
        }
    }

    /** Stops the threads after their current write and waits for them. */
    public Writers stopAndJoin() throws InterruptedException {
        stop.set(true);
        return join();
    }

    /** Waits until every thread has finished by itself. */
    public Writers join() throws InterruptedException {
        for (Thread t : threads) {
            t.join(Duration.ofSeconds(60).toMillis());
        }
        return this;
    }

    public int acknowledgedCount() {
        return acknowledged.size();
    }

    public Set<String> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    /** Writes that failed: each may or may not be stored, but never twice. */
    public Set<String> unknown() {
        return Set.copyOf(unknown);
    }

    public int failures(Status.Code code) {
        AtomicInteger n = failures.get(code);
        return n == null ? 0 : n.get();
    }

    public Map<Status.Code, AtomicInteger> failures() {
        return Map.copyOf(failures);
    }
}
