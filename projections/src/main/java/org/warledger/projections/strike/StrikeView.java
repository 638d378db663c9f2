package org.warledger.projections.strike;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.warledger.domain.common.Location;
import org.warledger.domain.common.SourceRef;
import org.warledger.domain.common.TimeWindow;
import org.warledger.domain.strike.StrikeMethod;
import org.warledger.domain.strike.StrikeOutcome;

/** A strike as currently known: the original report with every correction and outcome applied. */
public record StrikeView(String strikeId, String conflictKey, String attacker, List<StrikeMethod> methods,
                         String targetDescription, Location location, TimeWindow occurred, String operation,
                         SourceRef source, List<StrikeOutcome> outcomes, int corrections, Instant recordedAt) {

    StrikeView withLocation(Location value) {
        return new StrikeView(strikeId, conflictKey, attacker, methods, targetDescription, value, occurred, operation,
                source, outcomes, corrections + 1, recordedAt);
    }

    StrikeView withOccurred(TimeWindow value) {
        return new StrikeView(strikeId, conflictKey, attacker, methods, targetDescription, location, value, operation,
                source, outcomes, corrections + 1, recordedAt);
    }

    /** One copy of the outcomes per added outcome (a strike with many outcomes has its list copied once, not twice). */
    StrikeView withOutcome(StrikeOutcome value) {
        StrikeOutcome[] all = outcomes.toArray(new StrikeOutcome[outcomes.size() + 1]);
        all[outcomes.size()] = java.util.Objects.requireNonNull(value, "outcome");
        return new StrikeView(strikeId, conflictKey, attacker, methods, targetDescription, location, occurred,
                operation, source, Collections.unmodifiableList(Arrays.asList(all)), corrections, recordedAt);
    }
}
