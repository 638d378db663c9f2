package org.warledger.server.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A processor's stream that waits behind this node's head is called back until it has read the head. */
class WakingMessageSourceTest {

    private final Deque<TrackedEventMessage<?>> stored = new ArrayDeque<>();
    private final AtomicLong head = new AtomicLong();
    private final WakingMessageSource source = new WakingMessageSource(new Store(), head::get);

    @AfterEach
    void stop() {
        source.close();
    }

    @Test
    void aWaitingStreamBehindTheHeadIsWokenUntilItHasReadTheHead() throws InterruptedException {
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
        AtomicInteger wakes = new AtomicInteger();
        assertThat(stream.setOnAvailableCallback(wakes::incrementAndGet)).isTrue();

        append(1);
        append(2);
        await().atMost(Duration.ofSeconds(5)).until(() -> wakes.get() > 0);

        // woken again and again while behind and not reading (the store may show the rows a moment after the commit)
        int before = wakes.get();
        await().atMost(Duration.ofSeconds(5)).until(() -> wakes.get() > before);

        stream.nextAvailable();
        stream.nextAvailable();
        int caughtUp = wakes.get();
        await().pollDelay(Duration.ofMillis(100)).atMost(Duration.ofSeconds(5)).until(() -> true);
        // only the slow "other nodes" wake-up (every 500 ms) may still come
        assertThat(wakes.get() - caughtUp).isLessThanOrEqualTo(1);
    }

    @Test
    void aClosedStreamIsNeverCalledAgain() {
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
        AtomicInteger wakes = new AtomicInteger();
        stream.setOnAvailableCallback(wakes::incrementAndGet);
        stream.close();

        append(1);
        await().pollDelay(Duration.ofMillis(200)).atMost(Duration.ofSeconds(5)).until(() -> true);

        assertThat(wakes).hasValue(0);
    }

    private void append(long position) {
        stored.add(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position),
                GenericEventMessage.asEventMessage("event " + position)));
        head.set(position);
    }

    /** An in-memory store whose streams read what has been appended. */
    private final class Store implements StreamableMessageSource<TrackedEventMessage<?>> {
        @Override
        public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
            return new BlockingStream<>() {
                @Override
                public Optional<TrackedEventMessage<?>> peek() {
                    return Optional.ofNullable(stored.peek());
                }

                @Override
                public boolean hasNextAvailable(int timeout, TimeUnit unit) {
                    return !stored.isEmpty();
                }

                @Override
                public TrackedEventMessage<?> nextAvailable() {
                    return stored.poll();
                }

                @Override
                public void close() {
                }
            };
        }
    }
}
