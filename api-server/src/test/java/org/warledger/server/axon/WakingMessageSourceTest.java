package org.warledger.server.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
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

    /**
     * The payload is read on the thread that takes the event from the stream (a processor's
     * coordinator), so its work package finds it read; one that cannot be read is still handed over.
     */
    @Test
    void anEventIsHandedOverWithItsPayloadRead() throws InterruptedException {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        SerializedMessage<Object> readable = serialized("1", serializer.serialize("event 1", byte[].class), serializer);
        SerializedMessage<Object> unreadable = serialized("2",
                new SimpleSerializedObject<>("{".getBytes(StandardCharsets.UTF_8), byte[].class, "java.lang.String", null),
                serializer);
        stored.add(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(1),
                new GenericEventMessage<>(readable, Instant::now)));
        stored.add(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(2),
                new GenericEventMessage<>(unreadable, Instant::now)));
        assertThat(readable.isPayloadDeserialized()).as("not read before it is taken").isFalse();

        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
        TrackedEventMessage<?> first = stream.nextAvailable();
        assertThat(readable.isPayloadDeserialized()).isTrue();
        assertThat(first.getPayload()).isEqualTo("event 1");

        TrackedEventMessage<?> second = stream.nextAvailable();
        assertThat(second.getIdentifier()).isEqualTo("2");
        assertThatThrownBy(second::getPayload).as("the handler's thread still sees the failure")
                .isInstanceOf(SerializationException.class);
    }

    /** A replay of a read model that handles a few kinds of events does not read every payload. */
    @Test
    void aPayloadOfAKindTheProcessorSkipsIsNotRead() throws InterruptedException {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        SerializedMessage<Object> skippedKind = serialized("1", serializer.serialize("a string", byte[].class), serializer);
        SerializedMessage<Object> handledKind = serialized("2", serializer.serialize(42, byte[].class), serializer);
        stored.add(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(1),
                new GenericEventMessage<>(skippedKind, Instant::now)));
        stored.add(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(2),
                new GenericEventMessage<>(handledKind, Instant::now)));

        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
        stream.skipMessagesWithPayloadTypeOf(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(0),
                GenericEventMessage.asEventMessage("no handler of this processor takes strings")));
        stream.nextAvailable();
        stream.nextAvailable();

        assertThat(skippedKind.isPayloadDeserialized()).as("a string's payload").isFalse();
        assertThat(handledKind.isPayloadDeserialized()).as("an integer's payload").isTrue();
    }

    private static SerializedMessage<Object> serialized(String id, SerializedObject<byte[]> payload,
                                                        JacksonSerializer serializer) {
        return new SerializedMessage<>(id, payload, serializer.serialize(MetaData.emptyInstance(), byte[].class),
                serializer);
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
