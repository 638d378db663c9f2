package org.warledger.projections.timeline;

import java.time.Instant;
import java.util.Set;

/**
 * What a timeline query asks for. {@code happenedBefore} is "as happened by" (occurrence time);
 * {@code recordedBy} is "as recorded by" (only what had been recorded by then). Null means no limit.
 */
public record TimelineFilter(String conflictKey, String party, Set<TimelineKind> kinds, Instant happenedFrom,
                             Instant happenedBefore, String countryCode, Instant recordedBy) {

    public TimelineFilter {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    public static TimelineFilter ofConflict(String conflictKey) {
        return new TimelineFilter(conflictKey, null, Set.of(), null, null, null, null);
    }
}
