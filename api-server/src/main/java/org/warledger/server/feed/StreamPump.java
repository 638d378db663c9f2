package org.warledger.server.feed;

import com.google.protobuf.Message;
import io.grpc.stub.ServerCallStreamObserver;
import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.warledger.server.grpc.CallThread;
import org.warledger.server.grpc.GrpcErrorMapper;

/**
 * Sends one subscriber its rows under gRPC flow control. It reads a page (on a worker) only when
 * its small buffer is empty, and sends (on the call's event loop, see {@link CallThread}) only
 * while the call is ready. When the client is slow, it stops and holds no thread until the call's
 * on-ready handler wakes it. When it is following and has caught up, it waits for {@link #wake()}
 * (new data, or a poll). Runs are serialized: a run hops between the worker and the event loop,
 * and the next run starts only when it ends, so the buffer and the call are used by one thread at
 * a time.
 */
public final class StreamPump<R, M extends Message> {

    private final ServerCallStreamObserver<M> out;
    private final PageSource<R> source;
    private final Function<R, M> mapper;
    private final boolean follow;
    private final Executor workers;
    private final Executor callThread;
    private final Consumer<StreamPump<?, ?>> onEnd;
    private final ArrayDeque<M> buffer = new ArrayDeque<>();
    private final AtomicInteger wip = new AtomicInteger();
    private int missed;
    private long after;
    private long endAt = -1;
    private volatile boolean ended;

    public StreamPump(ServerCallStreamObserver<M> out, PageSource<R> source, Function<R, M> mapper, long after,
                      boolean follow, Executor workers, Executor callThread, Consumer<StreamPump<?, ?>> onEnd) {
        this.out = out;
        this.source = source;
        this.mapper = mapper;
        this.after = after;
        this.follow = follow;
        this.workers = workers;
        this.callThread = callThread;
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
            missed = 1;
            workers.execute(this::read);
        }
    }

    /** On a worker: fills the buffer if it is empty, then sends from the call's thread. */
    private void read() {
        if (ended) {
            finishRun();
            return;
        }
        boolean found;
        try {
            found = refill();
        } catch (RuntimeException e) {
            callThread.execute(() -> fail(e));
            return;
        }
        callThread.execute(() -> send(found));
    }

    /** On the call's thread: sends while the call is ready; reads again when the buffer ran dry. */
    private void send(boolean found) {
        try {
            while (!ended && !buffer.isEmpty() && out.isReady()) {
                out.onNext(buffer.poll());
            }
            if (!ended && buffer.isEmpty() && out.isReady()) {
                if (found) {
                    workers.execute(this::read); // the same run goes on to the next page
                    return;
                }
                if (!follow) {
                    end();
                    out.onCompleted();
                }
            }
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        finishRun();
    }

    private void fail(RuntimeException e) {
        if (!ended) {
            end();
            out.onError(GrpcErrorMapper.toStatus(e));
        }
        finishRun();
    }

    private void finishRun() {
        if (ended) {
            buffer.clear();
        }
        missed = wip.addAndGet(-missed);
        if (missed != 0) {
            workers.execute(this::read);
        }
    }

    /** Reads the next page; false if there is nothing new up to the current limit. */
    private boolean refill() {
        if (endAt < 0) {
            endAt = follow ? Long.MAX_VALUE : source.limit();
        }
        long limit = Math.min(endAt, source.limit());
        while (buffer.isEmpty() && after < limit) {
            PageSource.Page<R> page = source.page(after, limit);
            page.rows().forEach(row -> buffer.add(mapper.apply(row)));
            after = page.next();
        }
        return !buffer.isEmpty();
    }

    private void end() {
        if (!ended) {
            ended = true;
            onEnd.accept(this);
        }
    }
}
