package org.warledger.chain;

import java.util.ArrayList;
import java.util.List;

final class Fixtures {

    private Fixtures() {
    }

    static ChainedEvent unsealed(long position) {
        return new ChainedEvent(position,
                String.format("00000000-0000-4000-8000-%012d", position),
                position % 3 == 0 ? null : "Strike",
                "strike-" + (position % 2),
                position / 2,
                "org.warledger.domain.strike.StrikeReported",
                position % 2 == 0 ? "2" : null,
                "{\"place\":\"Kharkiv — Салтівка\",\"casualties\":" + position + ",\"note\":\"line1\\nline2 \\u00e9 😀\"}",
                "{\"traceId\":\"t-" + position + "\",\"reporter\":\"r\"}",
                String.format("2026-02-27T06:00:%02d.123Z", position % 60),
                null, null);
    }

    /** A correctly sealed chain of {@code n} events, positions 1..n. */
    static List<ChainedEvent> chain(int n) {
        List<ChainedEvent> out = new ArrayList<>();
        String prev = HashChain.GENESIS_HEX;
        for (int i = 1; i <= n; i++) {
            ChainedEvent e = HashChain.seal(prev, unsealed(i));
            out.add(e);
            prev = e.hash();
        }
        return out;
    }

    static ChainedEvent withPayload(ChainedEvent e, String payload) {
        return new ChainedEvent(e.position(), e.eventId(), e.aggregateType(), e.aggregateId(), e.sequenceNumber(),
                e.payloadType(), e.payloadRevision(), payload, e.metadata(), e.timestamp(), e.prevHash(), e.hash());
    }
}
