package org.warledger.domain.operation;

import org.warledger.domain.common.SourceRef;
import org.warledger.domain.common.TimeWindow;

/** The events of the operation aggregate. Stored forms are a public contract: only add fields. */
public final class OperationEvents {

    private OperationEvents() {
    }

    /** A party launched a named operation. */
    public record OperationLaunched(String operationId, String conflictKey, String name, String party,
                                    TimeWindow started, String description, SourceRef source) {
    }

    /**
     * The operation ended. Name and party are carried so a timeline needs no lookup (added later:
     * null in events stored before).
     */
    public record OperationEnded(String operationId, String conflictKey, TimeWindow ended, SourceRef source,
                                 String name, String party) {
    }

    /** A strike was part of the operation; the name is carried so a timeline needs no lookup. */
    public record StrikeLinkedToOperation(String operationId, String conflictKey, String operationName,
                                          String strikeId) {
    }
}
