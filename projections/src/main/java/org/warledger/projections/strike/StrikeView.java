package org.warledger.projections.strike;

import java.time.Instant;
import java.util.ArrayList;
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

    StrikeView withOutcome(StrikeOutcome value) {
        List<StrikeOutcome> all = new ArrayList<>(outcomes);
        all.add(value);
        return new StrikeView(strikeId, conflictKey, attacker, methods, targetDescription, location, occurred,
                operation, source, List.copyOf(all), corrections, recordedAt);
    }
}
