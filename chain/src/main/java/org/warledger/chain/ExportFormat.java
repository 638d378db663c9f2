package org.warledger.chain;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;

/** Shared constants of the NDJSON export format (see docs/AUDIT-HASH.md). */
final class ExportFormat {

    static final String POSITION = "position";
    static final String EVENT_ID = "event_id";
    static final String AGGREGATE_TYPE = "aggregate_type";
    static final String AGGREGATE_ID = "aggregate_id";
    static final String SEQUENCE_NUMBER = "sequence_number";
    static final String PAYLOAD_TYPE = "payload_type";
    static final String PAYLOAD_REVISION = "payload_revision";
    static final String PAYLOAD = "payload";
    static final String METADATA = "metadata";
    static final String TIMESTAMP = "timestamp";
    static final String PREV_HASH = "prev_hash";
    static final String HASH = "hash";

    /**
     * Lifts Jackson's default 20M-character cap on a single string (a payload may legitimately be larger) and rejects
     * duplicate keys (which different JSON readers resolve differently).
     */
    static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build()
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);

    private ExportFormat() {
    }
}
