package org.warledger.chain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChainVerifierTest {

    private final List<ChainedEvent> chain = Fixtures.chain(8);

    @Test
    void intactChainVerifies() {
        VerificationResult r = ChainVerifier.verify(chain);
        assertThat(r.ok()).isTrue();
        assertThat(r.eventsChecked()).isEqualTo(8);
        assertThat(r.firstBrokenPosition()).isNull();
        assertThat(r.problem()).isNull();
        assertThat(r.headPosition()).isEqualTo(8);
        assertThat(r.headHash()).isEqualTo(chain.get(7).hash());
    }

    @Test
    void emptyChainIsOk() {
        VerificationResult r = ChainVerifier.verify(List.of());
        assertThat(r.ok()).isTrue();
        assertThat(r.eventsChecked()).isZero();
        assertThat(r.headHash()).isEqualTo(HashChain.GENESIS_HEX);
    }

    @Test
    void changedPayloadIsCaughtAtItsPosition() {
        List<ChainedEvent> c = new ArrayList<>(chain);
        c.set(4, Fixtures.withPayload(c.get(4), c.get(4).payload().replace("\"casualties\":5", "\"casualties\":50")));
        assertBroken(ChainVerifier.verify(c), 5, "hash mismatch");
    }

    @Test
    void everyHashedFieldIsCovered() {
        ChainedEvent e = chain.get(2);
        List<ChainedEvent> variants = List.of(
                new ChainedEvent(e.position(), "x", e.aggregateType(), e.aggregateId(), e.sequenceNumber(), e.payloadType(), e.payloadRevision(), e.payload(), e.metadata(), e.timestamp(), e.prevHash(), e.hash()),
                new ChainedEvent(e.position(), e.eventId(), "Other", e.aggregateId(), e.sequenceNumber(), e.payloadType(), e.payloadRevision(), e.payload(), e.metadata(), e.timestamp(), e.prevHash(), e.hash()),
                new ChainedEvent(e.position(), e.eventId(), e.aggregateType(), "x", e.sequenceNumber(), e.payloadType(), e.payloadRevision(), e.payload(), e.metadata(), e.timestamp(), e.prevHash(), e.hash()),
                new ChainedEvent(e.position(), e.eventId(), e.aggregateType(), e.aggregateId(), e.sequenceNumber() + 1, e.payloadType(), e.payloadRevision(), e.payload(), e.metadata(), e.timestamp(), e.prevHash(), e.hash()),
                new ChainedEvent(e.position(), e.eventId(), e.aggregateType(), e.aggregateId(), e.sequenceNumber(), "x", e.payloadRevision(), e.payload(), e.metadata(), e.timestamp(), e.prevHash(), e.hash()),
                new ChainedEvent(e.position(), e.eventId(), e.aggregateType(), e.aggregateId(), e.sequenceNumber(), e.payloadType(), "9", e.payload(), e.metadata(), e.timestamp(), e.prevHash(), e.hash()),
                new ChainedEvent(e.position(), e.eventId(), e.aggregateType(), e.aggregateId(), e.sequenceNumber(), e.payloadType(), e.payloadRevision(), e.payload() + " ", e.metadata(), e.timestamp(), e.prevHash(), e.hash()),
                new ChainedEvent(e.position(), e.eventId(), e.aggregateType(), e.aggregateId(), e.sequenceNumber(), e.payloadType(), e.payloadRevision(), e.payload(), "{}", e.timestamp(), e.prevHash(), e.hash()),
                new ChainedEvent(e.position(), e.eventId(), e.aggregateType(), e.aggregateId(), e.sequenceNumber(), e.payloadType(), e.payloadRevision(), e.payload(), e.metadata(), "2026-02-27T06:00:03.124Z", e.prevHash(), e.hash()),
                e.withChain(e.prevHash(), HashChain.GENESIS_HEX));
        for (ChainedEvent v : variants) {
            List<ChainedEvent> c = new ArrayList<>(chain);
            c.set(2, v);
            assertBroken(ChainVerifier.verify(c), 3, "hash mismatch");
        }
    }

    @Test
    void deletedEventIsCaughtAsGap() {
        List<ChainedEvent> c = new ArrayList<>(chain);
        c.remove(4); // position 5
        assertBroken(ChainVerifier.verify(c), 5, "position gap: expected 5, found 6");
    }

    @Test
    void deletedLastEventsNeedTheHeadHash() {
        // a truncated tail is a valid shorter chain: only the head hash reveals it
        VerificationResult r = ChainVerifier.verify(chain.subList(0, 6));
        assertThat(r.ok()).isTrue();
        assertThat(r.headHash()).isNotEqualTo(chain.get(7).hash());
    }

    @Test
    void deletedEventWithRenumberedPositionsIsCaught() {
        List<ChainedEvent> c = new ArrayList<>(chain.subList(0, 4));
        for (ChainedEvent e : chain.subList(5, 8)) {
            c.add(new ChainedEvent(e.position() - 1, e.eventId(), e.aggregateType(), e.aggregateId(), e.sequenceNumber(), e.payloadType(), e.payloadRevision(), e.payload(), e.metadata(), e.timestamp(), e.prevHash(), e.hash()));
        }
        assertBroken(ChainVerifier.verify(c), 5, "prev_hash does not match the previous event's hash");
    }

    @Test
    void swappedEventsAreCaught() {
        List<ChainedEvent> c = new ArrayList<>(chain);
        c.set(3, chain.get(4));
        c.set(4, chain.get(3));
        assertBroken(ChainVerifier.verify(c), 4, "position out of order: expected 4, found 5 (followed by 4)");
    }

    @Test
    void swappedLastTwoEventsAreCaught() {
        List<ChainedEvent> c = new ArrayList<>(chain);
        c.set(6, chain.get(7));
        c.set(7, chain.get(6));
        assertBroken(ChainVerifier.verify(c), 7, "position out of order");
    }

    @Test
    void swappedContentWithPositionsKeptIsCaught() {
        // what a swap of row contents in the database looks like: positions still 1..n
        List<ChainedEvent> c = new ArrayList<>(chain);
        ChainedEvent a = chain.get(3);
        ChainedEvent b = chain.get(4);
        c.set(3, new ChainedEvent(4, b.eventId(), b.aggregateType(), b.aggregateId(), b.sequenceNumber(), b.payloadType(), b.payloadRevision(), b.payload(), b.metadata(), b.timestamp(), a.prevHash(), a.hash()));
        assertBroken(ChainVerifier.verify(c), 4, "hash mismatch");
    }

    @Test
    void insertedForgedEventIsCaught() {
        // forged event at position 5, correctly chained to event 4; the real event 5 follows
        ChainedEvent forged = HashChain.seal(chain.get(3).hash(),
                Fixtures.withPayload(Fixtures.unsealed(5), "{\"place\":\"nowhere\",\"casualties\":0}"));
        List<ChainedEvent> c = new ArrayList<>(chain);
        c.add(4, forged);
        assertBroken(ChainVerifier.verify(c), 6, "position out of order: expected 6, found 5");

        // same, with all later positions renumbered: the successor's prev_hash no longer matches
        List<ChainedEvent> renumbered = new ArrayList<>(chain.subList(0, 4));
        renumbered.add(forged);
        for (ChainedEvent e : chain.subList(4, 8)) {
            renumbered.add(new ChainedEvent(e.position() + 1, e.eventId(), e.aggregateType(), e.aggregateId(), e.sequenceNumber(), e.payloadType(), e.payloadRevision(), e.payload(), e.metadata(), e.timestamp(), e.prevHash(), e.hash()));
        }
        assertBroken(ChainVerifier.verify(renumbered), 6, "prev_hash does not match the previous event's hash");
    }

    @Test
    void firstEventMustStartFromGenesis() {
        List<ChainedEvent> c = new ArrayList<>(chain);
        c.set(0, HashChain.seal(chain.get(7).hash(), Fixtures.unsealed(1)));
        assertBroken(ChainVerifier.verify(c), 1, "prev_hash does not match the previous event's hash");
    }

    @Test
    void malformedHashesAreReported() {
        List<ChainedEvent> c = new ArrayList<>(chain);
        c.set(1, chain.get(1).withChain(chain.get(1).prevHash().toUpperCase(), chain.get(1).hash()));
        assertBroken(ChainVerifier.verify(c), 2, "malformed prev_hash");
        c.set(1, chain.get(1).withChain(chain.get(1).prevHash(), null));
        assertBroken(ChainVerifier.verify(c), 2, "malformed hash");
    }

    @Test
    void resumesFromTrustedCheckpoint() {
        ChainVerifier v = new ChainVerifier(5, chain.get(3).hash());
        chain.subList(4, 8).forEach(v::accept);
        VerificationResult r = v.result();
        assertThat(r.ok()).isTrue();
        assertThat(r.eventsChecked()).isEqualTo(4);
        assertThat(r.headPosition()).isEqualTo(8);
    }

    @Test
    void stopsAtFirstBreak() {
        List<ChainedEvent> c = new ArrayList<>(chain);
        c.set(2, Fixtures.withPayload(c.get(2), "{}"));
        c.set(5, Fixtures.withPayload(c.get(5), "{}"));
        ChainVerifier v = new ChainVerifier();
        int consumed = 0;
        for (ChainedEvent e : c) {
            consumed++;
            if (!v.accept(e)) {
                break;
            }
        }
        assertThat(consumed).isEqualTo(3);
        assertBroken(v.result(), 3, "hash mismatch");
    }

    static void assertBroken(VerificationResult r, long position, String problemStart) {
        assertThat(r.ok()).as(r.toString()).isFalse();
        assertThat(r.firstBrokenPosition()).as(r.toString()).isEqualTo(position);
        assertThat(r.problem()).startsWith(problemStart);
        assertThat(r.eventsChecked()).isEqualTo(position - 1);
        assertThat(r.headPosition()).isEqualTo(position - 1);
    }
}
