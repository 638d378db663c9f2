package org.warledger.server.grpc;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.ForwardingServerCall;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.quarkus.grpc.GlobalInterceptor;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Prioritized;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Makes every write of a call (headers, messages, close) on the call's event loop, in the order
 * they were made, and drops the ones that come after the client went away (see {@link CallThread}).
 * Blocking methods answer from worker threads; without this, a client whose deadline passes or who
 * cancels a stream while the answer is on its way could have its whole connection closed.
 *
 * <p>"Went away" is read from the HTTP/2 stream itself: Vert.x's gRPC bridge does not always report
 * a client's RST_STREAM as a cancellation (not once the request has been read, as in every unary
 * call). When a write or a readiness check finds the stream closed and the call was never told,
 * the call's listener is told it was cancelled, so streams stop and request scopes end.
 *
 * <p>It wraps the transport's call, so it runs before every other interceptor.
 */
@GlobalInterceptor
@ApplicationScoped
public class CallThreadInterceptor implements ServerInterceptor, Prioritized {

    private static final Logger LOG = Logger.getLogger(CallThreadInterceptor.class);

    @Override
    public int getPriority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                       ServerCallHandler<Q, R> next) {
        CallThread thread = CallThread.ofVertxContext();
        if (thread.isDirect()) {
            return next.startCall(call, headers);
        }
        RoutingContext routing = Vertx.currentContext().getLocal(RoutingContext.class.getName());
        LoopBoundCall<Q, R> bound = new LoopBoundCall<>(call, thread, routing == null ? null : routing.response());
        ServerCall.Listener<Q> listener = Contexts.interceptCall(
                Context.current().withValue(CallThread.KEY, thread), bound, headers, next);
        return bound.listening(listener);
    }

    private static final class LoopBoundCall<Q, R> extends ForwardingServerCall.SimpleForwardingServerCall<Q, R> {

        private final CallThread thread;
        private final HttpServerResponse response;
        private final AtomicInteger queued = new AtomicInteger();
        private final AtomicBoolean finished = new AtomicBoolean();
        private ServerCall.Listener<Q> listener;

        LoopBoundCall(ServerCall<Q, R> call, CallThread thread, HttpServerResponse response) {
            super(call);
            this.thread = thread;
            this.response = response;
        }

        /** Wraps the call's listener to learn whether it was told how the call ended. */
        ServerCall.Listener<Q> listening(ServerCall.Listener<Q> next) {
            this.listener = next;
            return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(next) {
                @Override
                public void onCancel() {
                    if (finished.compareAndSet(false, true)) {
                        super.onCancel();
                    }
                }

                @Override
                public void onComplete() {
                    if (finished.compareAndSet(false, true)) {
                        super.onComplete();
                    }
                }
            };
        }

        @Override
        public void sendHeaders(Metadata headers) {
            write(() -> super.sendHeaders(headers));
        }

        @Override
        public void sendMessage(R message) {
            write(() -> super.sendMessage(message));
        }

        @Override
        public void close(Status status, Metadata trailers) {
            write(() -> super.close(status, trailers));
        }

        @Override
        public boolean isReady() {
            if (thread.isCurrent() && gone()) {
                return false;
            }
            return super.isReady();
        }

        /** A call is used by one thread at a time, so {@code queued} is not raced between check and use. */
        private void write(Runnable write) {
            if (queued.get() == 0 && thread.isCurrent()) {
                writeUnlessGone(write);
                return;
            }
            queued.incrementAndGet();
            thread.execute(() -> {
                try {
                    writeUnlessGone(write);
                } catch (RuntimeException e) {
                    LOG.warnf(e, "a write to %s failed on its event loop", getMethodDescriptor().getFullMethodName());
                } finally {
                    queued.decrementAndGet();
                }
            });
        }

        private void writeUnlessGone(Runnable write) {
            if (!gone()) {
                write.run();
            }
        }

        /** On the loop: whether the client cancelled or the stream is closed; tells the listener once. */
        private boolean gone() {
            if (isCancelled()) {
                return true;
            }
            if (response == null || !response.closed()) {
                return false;
            }
            if (!finished.get()) {
                thread.execute(() -> { // not from inside the caller's write
                    if (finished.compareAndSet(false, true)) {
                        listener.onCancel();
                    }
                });
            }
            return true;
        }
    }
}
