package org.warledger.server.store;

import org.warledger.chain.ChainedEvent;

/** Conversions between the store's rows and the hash chain's view of them. */
final class StoredEvents {

    private StoredEvents() {
    }

    static ChainedEvent chained(long position, EventRow row, String prevHash, String hash) {
        return new ChainedEvent(position, row.eventId(), row.aggregateType(), row.aggregateId(), row.sequenceNumber(),
                row.payloadType(), row.payloadRevision(), row.payload(), row.metadata(), row.timestamp(), prevHash,
                hash);
    }
}
