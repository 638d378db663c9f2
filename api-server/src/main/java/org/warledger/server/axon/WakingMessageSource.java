package org.warledger.server.axon;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event store as the read models' processors see it, with streams that call back when events
 * are there to read. Axon's embedded event store offers no such callback, so a caught-up
 * processor would poll every 500 ms, and that poll was most of the projection lag.
 *
 * <p>Every {@value #CHECK_EVERY_MS} ms, a stream that is behind this node's newest commit and has
 * delivered nothing since the last check (its processor is waiting, not busy) is woken. Waking on
 * every commit instead cut the lag further but made each processor commit a tiny batch per append:
 * on H2 every read-model commit rewrites the pages it touched, so throughput halved. Events
 * appended by other nodes are not signalled here: every stream is also woken every
 * {@value #REMOTE_EVERY_MS} ms, as often as Axon polled before.
 *
 * <p>A stream also reads each event's payload (deserialises it) as it hands the event over. A
 * pooled processor reads its stream on its coordinator thread and hands the events to its work
 * package thread, which runs the handlers and writes the read model; that thread is where a
 * replay spends its time (docs/BENCHMARKS.md), and the payload would otherwise be read there too,
 * when the first handler asks for it. An event's message keeps the payload once read, so nothing
 * is read twice; a payload that cannot be read is left for the handler's thread, which reports it
 * as it always did. Payload types the processor has told the stream to skip (no handler of its
 * takes them) are not read: a read model that handles a few kinds of events would otherwise read
 * every event of the store in a replay.
 */
public final class WakingMessageSource implements StreamableMessageSource<TrackedEventMessage<?>>, AutoCloseable {

    static final long CHECK_EVERY_MS = 50;
    static final long REMOTE_EVERY_MS = 500;

    private final StreamableMessageSource<TrackedEventMessage<?>> delegate;
    private final LongSupplier head;
    private final Set<WakingStream> streams = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "warledger-stream-waker");
        t.setDaemon(true);
        return t;
    });

    /** {@code head}: the newest position this node knows to be committed. */
    public WakingMessageSource(StreamableMessageSource<TrackedEventMessage<?>> delegate, LongSupplier head) {
        this.delegate = delegate;
        this.head = head;
        timer.scheduleWithFixedDelay(this::wakeBehind, CHECK_EVERY_MS, CHECK_EVERY_MS, TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::wakeAll, REMOTE_EVERY_MS, REMOTE_EVERY_MS, TimeUnit.MILLISECONDS);
    }

    private void wakeBehind() {
        long newest = head.getAsLong();
        for (WakingStream s : streams) {
            long delivered = s.delivered;
            if (delivered < newest && delivered == s.deliveredAtLastCheck) {
                s.wake();
            }
            s.deliveredAtLastCheck = delivered;
        }
    }

    private void wakeAll() {
        streams.forEach(WakingStream::wake);
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        WakingStream stream = new WakingStream(delegate.openStream(token), token);
        streams.add(stream);
        return stream;
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** A stream that remembers how far it has delivered and whom to call when there is more. */
    private final class WakingStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> inner;
        private final Set<Class<?>> skippedTypes = ConcurrentHashMap.newKeySet();
        private volatile Runnable callback;
        volatile long delivered;
        long deliveredAtLastCheck = -1;

        WakingStream(BlockingStream<TrackedEventMessage<?>> inner, TrackingToken from) {
            this.inner = inner;
            this.delivered = position(from);
        }

        void wake() {
            Runnable c = callback;
            if (c != null) {
                c.run();
            }
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            this.callback = callback;
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return inner.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return inner.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            TrackedEventMessage<?> next = inner.nextAvailable();
            delivered = Math.max(delivered, position(next.trackingToken()));
            readPayload(next);
            return next;
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignored) {
            skippedTypes.add(ignored.getPayloadType());
            inner.skipMessagesWithPayloadTypeOf(ignored);
        }

        @Override
        public void close() {
            streams.remove(this);
            inner.close();
        }

        private void readPayload(TrackedEventMessage<?> event) {
            try {
                if (skippedTypes.contains(event.getPayloadType())) {
                    return;
                }
                event.getPayload();
            } catch (RuntimeException unreadable) {
                // the work package reads it again and handles the failure as for any handler's error
            }
        }

        private static long position(TrackingToken token) {
            return token == null ? 0 : token.position().orElse(0);
        }
    }
}
