package org.warledger.domain.operation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.warledger.domain.common.SourceRef;
import org.warledger.domain.common.TimeWindow;

/** The commands of the operation aggregate. */
public final class OperationCommands {

    private OperationCommands() {
    }

    /** Records that a party launched a named military operation (e.g. "Ghazab lil-Haq"). */
    public record LaunchOperation(@TargetAggregateIdentifier String operationId, String conflictKey, String name,
                                  String party, TimeWindow started, String description, SourceRef source) {
    }

    /** Records that the operation ended. */
    public record EndOperation(@TargetAggregateIdentifier String operationId, TimeWindow ended, SourceRef source) {
    }

    /** Records that a strike was part of the operation. */
    public record LinkStrikeToOperation(@TargetAggregateIdentifier String operationId, String strikeId) {
    }
}
