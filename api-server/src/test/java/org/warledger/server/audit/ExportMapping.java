package org.warledger.server.audit;

import org.warledger.chain.ChainedEvent;
import org.warledger.proto.v1.AuditEvent;

/** An exported message back to the chain's view of it (what the CLI does before writing NDJSON). */
final class ExportMapping {

    private ExportMapping() {
    }

    static ChainedEvent toChained(AuditEvent e) {
        return new ChainedEvent(e.getPosition(), e.getEventId(), emptyToNull(e.getEntityType()), e.getEntityId(),
                e.getSequenceNumber(), e.getPayloadType(), emptyToNull(e.getPayloadRevision()), e.getPayloadJson(),
                e.getMetadataJson(), e.getTimestampText(), e.getPrevHash(), e.getHash());
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
