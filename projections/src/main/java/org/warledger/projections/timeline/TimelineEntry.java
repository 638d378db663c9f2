package org.warledger.projections.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.warledger.domain.common.TimePrecision;

/** One row of the timeline read model. */
public record TimelineEntry(String entryId, TimelineKind kind, String conflictKey, String entityId,
                            Instant occurredStart, Instant occurredEnd, TimePrecision precision, Instant sortAt,
                            String countryCode, String title, String summary, List<String> parties,
                            Set<String> marks, Instant recordedAt, long position) {

    public TimelineEntry {
        parties = List.copyOf(parties);
        marks = new TreeSet<>(marks);
    }
}
