package org.warledger.domain.statement;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.warledger.domain.common.Lists;
import org.warledger.domain.common.SourceRef;
import org.warledger.domain.common.TimeWindow;

/** The commands of the statement aggregate. */
public final class StatementCommands {

    private StatementCommands() {
    }

    /** Records a statement on the conflict by a speaker for a state or organisation ("EU", "UN"). */
    public record RecordStatement(@TargetAggregateIdentifier String statementId, String conflictKey, String speaker,
                                  String speaksFor, TimeWindow madeAt, List<Stance> stances, String summary,
                                  String originalWords, SourceRef source) {
        public RecordStatement {
            stances = Lists.copyOrEmpty(stances);
        }
    }
}
