package org.warledger.domain.statement;

import java.util.List;
import org.warledger.domain.common.Lists;
import org.warledger.domain.common.SourceRef;
import org.warledger.domain.common.TimeWindow;

/** The events of the statement aggregate. Stored forms are a public contract: only add fields. */
public final class StatementEvents {

    private StatementEvents() {
    }

    /** A statement on the conflict was made. */
    public record StatementRecorded(String statementId, String conflictKey, String speaker, String speaksFor,
                                    TimeWindow madeAt, List<Stance> stances, String summary, String originalWords,
                                    SourceRef source) {
        public StatementRecorded {
            stances = Lists.copyOrEmpty(stances);
        }
    }
}
