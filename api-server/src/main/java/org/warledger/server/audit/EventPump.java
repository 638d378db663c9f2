package org.warledger.server.audit;

import io.grpc.stub.ServerCallStreamObserver;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.warledger.chain.ChainedEvent;
import org.warledger.proto.v1.AuditEvent;
import org.warledger.server.grpc.GrpcErrorMapper;

/**
 * Sends one subscriber its events under gRPC flow control. It reads a page from the database
 * only when its small buffer is empty, and sends only while the call is ready. When the client is
 * slow, it stops and holds no thread until the call's on-ready handler wakes it. When it is
 * following and has caught up, it waits for {@link #wake()} from a commit or from the poll.
 * Runs are serialized (one drain loop at a time), so the call is only ever used by one thread.
 */
final class EventPump {

    static final int PAGE = 500;

    private final ServerCallStreamObserver<AuditEvent> out;
    private final EventLog log;
    private final EventFilter filter;
    private final boolean follow;
    private final Executor executor;
    private final Consumer<EventPump> onEnd;
    private final ArrayDeque<ChainedEvent> buffer = new ArrayDeque<>();
    private final AtomicInteger wip = new AtomicInteger();
    private long after;
    private long endAt = -1;
    private volatile boolean ended;

    EventPump(ServerCallStreamObserver<AuditEvent> out, EventLog log, EventFilter filter, long after, boolean follow,
              Executor executor, Consumer<EventPump> onEnd) {
        this.out = out;
        this.log = log;
        this.filter = filter;
        this.after = after;
        this.follow = follow;
        this.executor = executor;
        this.onEnd = onEnd;
    }

    /** Hooks into the call; must run before the service method returns. */
    void start() {
        out.setOnCancelHandler(this::end);
        out.setOnReadyHandler(this::wake);
        wake();
    }

    boolean follows() {
        return follow && !ended;
    }

    /** Asks for a run; runs requested while one is under way are folded into it. */
    void wake() {
        if (!ended && wip.getAndIncrement() == 0) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        int missed = 1;
        do {
            try {
                pump();
            } catch (RuntimeException e) {
                end();
                out.onError(GrpcErrorMapper.toStatus(e));
            }
            missed = wip.addAndGet(-missed);
        } while (missed != 0);
    }

    private void pump() {
        if (endAt < 0) {
            endAt = follow ? Long.MAX_VALUE : log.head(); // on the worker: the call thread must not block
        }
        while (!ended && out.isReady()) {
            if (buffer.isEmpty() && !refill()) {
                if (!follow) {
                    end();
                    out.onCompleted();
                }
                return;
            }
            ChainedEvent next = buffer.poll();
            out.onNext(AuditMapper.toProto(next));
        }
    }

    /** Reads the next page; false if there is nothing new up to the current limit. */
    private boolean refill() {
        long limit = Math.min(endAt, log.head());
        if (after >= limit) {
            return false;
        }
        List<ChainedEvent> page = log.page(after, limit, filter, PAGE);
        buffer.addAll(page);
        after = page.size() < PAGE ? limit : page.get(page.size() - 1).position();
        return !buffer.isEmpty() || refill();
    }

    private void end() {
        if (!ended) {
            ended = true;
            buffer.clear();
            onEnd.accept(this);
        }
    }
}
