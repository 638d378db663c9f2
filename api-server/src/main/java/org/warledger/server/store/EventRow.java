package org.warledger.server.store;

/** One event serialized for storage, before it has a position and a hash. */
record EventRow(String eventId, String aggregateType, String aggregateId, long sequenceNumber, String payloadType,
                String payloadRevision, String payload, String metadata, String timestamp) {
}
