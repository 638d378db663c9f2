package org.warledger.domain.strike;

import java.util.List;
import org.warledger.domain.common.Location;
import org.warledger.domain.common.SourceRef;
import org.warledger.domain.common.TimeWindow;

/** The events of the strike aggregate. Stored forms are a public contract: only add fields. */
public final class StrikeEvents {

    private StrikeEvents() {
    }

    /** A strike was reported. */
    public record StrikeRecorded(String strikeId, String conflictKey, String attacker, List<StrikeMethod> methods,
                                 String targetDescription, Location location, TimeWindow occurred,
                                 String operation, SourceRef source) {
    }

    /** A strike's location was corrected. */
    public record StrikeLocationCorrected(String strikeId, String conflictKey, Location previous, Location location,
                                          String reason, SourceRef source) {
    }

    /** A strike's time window was corrected. */
    public record StrikeTimeCorrected(String strikeId, String conflictKey, TimeWindow previous, TimeWindow occurred,
                                      String reason, SourceRef source) {
    }

    /** An outcome of a strike was reported. */
    public record StrikeOutcomeRecorded(String strikeId, String conflictKey, StrikeOutcome outcome,
                                        String description, SourceRef source) {
    }
}
