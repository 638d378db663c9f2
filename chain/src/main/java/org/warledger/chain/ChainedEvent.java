package org.warledger.chain;

/**
 * One event of the global log as it is bound into the hash chain.
 *
 * <p>All string fields are taken exactly as stored (no re-serialisation, no normalisation). The server only
 * produces {@code null} for {@code aggregateType} and {@code payloadRevision}; the canonical form can nevertheless
 * encode {@code null} for any string field. {@code prevHash} and {@code hash} are lowercase hex SHA-256 values
 * (64 characters) and are <em>not</em> part of the canonical form.
 *
 * @param position        gapless global position, 1, 2, 3, ...
 * @param eventId         event identifier (UUID string)
 * @param aggregateType   aggregate/entity type, may be null
 * @param aggregateId     aggregate identifier
 * @param sequenceNumber  sequence number of the event within its aggregate
 * @param payloadType     payload type name
 * @param payloadRevision payload revision, may be null
 * @param payload         serialized payload JSON, exactly as stored
 * @param metadata        serialized metadata JSON, exactly as stored
 * @param timestamp       ISO-8601 UTC timestamp string, exactly as stored (e.g. {@code 2026-02-27T06:00:00.123Z})
 * @param prevHash        hex hash of the previous event (64 zeros for position 1)
 * @param hash            hex hash of this event: SHA-256(prevHash bytes || canonical bytes)
 */
public record ChainedEvent(
        long position,
        String eventId,
        String aggregateType,
        String aggregateId,
        long sequenceNumber,
        String payloadType,
        String payloadRevision,
        String payload,
        String metadata,
        String timestamp,
        String prevHash,
        String hash) {

    /** A copy of this event with the given chain fields (the hashed content is unchanged). */
    public ChainedEvent withChain(String prevHash, String hash) {
        return new ChainedEvent(position, eventId, aggregateType, aggregateId, sequenceNumber, payloadType,
                payloadRevision, payload, metadata, timestamp, prevHash, hash);
    }
}
