package org.warledger.projections.operation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.warledger.domain.common.Lists;
import org.warledger.domain.common.SourceRef;
import org.warledger.domain.common.TimeWindow;

/** A named operation as currently known; {@code linkedStrikeIds} in the order they were linked. */
public record OperationView(String operationId, String conflictKey, String name, String party, TimeWindow started,
                            TimeWindow ended, String description, SourceRef source, List<String> linkedStrikeIds,
                            Instant recordedAt) {

    public OperationView {
        linkedStrikeIds = Lists.copyOrEmpty(linkedStrikeIds);
    }

    OperationView withEnded(TimeWindow value) {
        return new OperationView(operationId, conflictKey, name, party, started, value, description, source,
                linkedStrikeIds, recordedAt);
    }

    OperationView withStrike(String strikeId) {
        List<String> ids = new ArrayList<>(linkedStrikeIds);
        if (!ids.contains(strikeId)) {
            ids.add(strikeId);
        }
        return new OperationView(operationId, conflictKey, name, party, started, ended, description, source, ids,
                recordedAt);
    }
}
