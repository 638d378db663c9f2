package org.warledger.server.feed;

import com.google.protobuf.Message;
import io.grpc.stub.ServerCallStreamObserver;
import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.warledger.server.grpc.GrpcErrorMapper;

/**
 * Sends one subscriber its rows under gRPC flow control. It reads a page only when its small
 * buffer is empty, and sends only while the call is ready. When the client is slow, it stops and
 * holds no thread until the call's on-ready handler wakes it. When it is following and has caught
 * up, it waits for {@link #wake()} (new data, or a poll). Runs are serialized (one drain loop at a
 * time), so the call is only ever used by one thread.
 */
public final class StreamPump<R, M extends Message> {

    private final ServerCallStreamObserver<M> out;
    private final PageSource<R> source;
    private final Function<R, M> mapper;
    private final boolean follow;
    private final Executor executor;
    private final Consumer<StreamPump<?, ?>> onEnd;
    private final ArrayDeque<R> buffer = new ArrayDeque<>();
    private final AtomicInteger wip = new AtomicInteger();
    private long after;
    private long endAt = -1;
    private volatile boolean ended;

    public StreamPump(ServerCallStreamObserver<M> out, PageSource<R> source, Function<R, M> mapper, long after,
                      boolean follow, Executor executor, Consumer<StreamPump<?, ?>> onEnd) {
        this.out = out;
        this.source = source;
        this.mapper = mapper;
        this.after = after;
        this.follow = follow;
        this.executor = executor;
        this.onEnd = onEnd;
    }

    /** Hooks into the call; must run before the service method returns. */
    public void start() {
        out.setOnCancelHandler(this::end);
        out.setOnReadyHandler(this::wake);
        wake();
    }

    public boolean follows() {
        return follow && !ended;
    }

    /** Asks for a run; runs requested while one is under way are folded into it. */
    public void wake() {
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
            endAt = follow ? Long.MAX_VALUE : source.limit(); // on the worker: the call thread must not block
        }
        while (!ended && out.isReady()) {
            if (buffer.isEmpty() && !refill()) {
                if (!follow) {
                    end();
                    out.onCompleted();
                }
                return;
            }
            out.onNext(mapper.apply(buffer.poll()));
        }
    }

    /** Reads the next page; false if there is nothing new up to the current limit. */
    private boolean refill() {
        long limit = Math.min(endAt, source.limit());
        while (buffer.isEmpty() && after < limit) {
            PageSource.Page<R> page = source.page(after, limit);
            buffer.addAll(page.rows());
            after = page.next();
        }
        return !buffer.isEmpty();
    }

    private void end() {
        if (!ended) {
            ended = true;
            buffer.clear();
            onEnd.accept(this);
        }
    }
}
