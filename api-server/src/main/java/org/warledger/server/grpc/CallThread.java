package org.warledger.server.grpc;

import io.grpc.Context;
import io.vertx.core.Vertx;
import io.vertx.core.impl.ContextInternal;
import java.util.concurrent.Executor;

/**
 * The event loop that serves a call. Vert.x's HTTP/2 server runs a write made from another thread
 * later, on this loop, and does not check again that the stream is still open: a write that lands
 * after the client's RST_STREAM fails inside Netty, and Vert.x then closes the whole connection
 * (GOAWAY PROTOCOL_ERROR), failing every other call the client has on it. So writes are made on
 * this loop, where the cancellation has either already been seen or the stream is still open.
 * Outside Vert.x (a separate gRPC server, unit tests) it runs tasks where they are given.
 */
public final class CallThread implements Executor {

    static final Context.Key<CallThread> KEY = Context.key("warledger-call-thread");

    private static final CallThread DIRECT = new CallThread(null);

    private final ContextInternal context;

    private CallThread(ContextInternal context) {
        this.context = context;
    }

    /** The loop of the call being served (set by {@link CallThreadInterceptor}), or a direct runner. */
    public static CallThread current() {
        CallThread thread = KEY.get();
        return thread == null ? DIRECT : thread;
    }

    /** The loop of the Vert.x context of the calling thread, or a direct runner outside Vert.x. */
    static CallThread ofVertxContext() {
        io.vertx.core.Context vertx = Vertx.currentContext();
        return vertx instanceof ContextInternal c && c.isEventLoopContext() ? new CallThread(c) : DIRECT;
    }

    boolean isDirect() {
        return context == null;
    }

    /** Whether the calling thread is this loop. */
    public boolean isCurrent() {
        return context == null || context.nettyEventLoop().inEventLoop();
    }

    /** Runs {@code task} on the loop, after the tasks given before it; never runs it inline. */
    @Override
    public void execute(Runnable task) {
        if (context == null) {
            task.run();
        } else {
            context.runOnContext(v -> task.run());
        }
    }
}
