package org.warledger.cli.audit;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.warledger.chain.ChainedEvent;
import org.warledger.cli.common.Printer;
import org.warledger.proto.v1.AuditEvent;

/** Audit events for people (a table) and for the chain (exactly the stored, hashed text). */
final class AuditEvents {

    static final List<String> HEADER = List.of("position", "recorded at", "entity", "seq", "type", "recorded by",
            "hash");

    private AuditEvents() {
    }

    static List<String> row(AuditEvent e) {
        String type = e.getPayloadType().substring(Math.max(e.getPayloadType().lastIndexOf('.'),
                e.getPayloadType().lastIndexOf('$')) + 1);
        return List.of(String.valueOf(e.getPosition()), e.getTimestampText(), e.getEntityId(),
                String.valueOf(e.getSequenceNumber()), type, e.getRecordedBy(), e.getHash().substring(0, 12));
    }

    static void table(PrintWriter out, List<AuditEvent> events) {
        List<List<String>> rows = new ArrayList<>();
        events.forEach(e -> rows.add(row(e)));
        Printer.table(out, HEADER, rows);
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
