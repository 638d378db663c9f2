package org.warledger.domain.strike;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.warledger.domain.common.Location;
import org.warledger.domain.common.SourceRef;
import org.warledger.domain.common.TimeWindow;

/** The commands of the strike aggregate. */
public final class StrikeCommands {

    private StrikeCommands() {
    }

    /** Records a strike as reported. */
    public record RecordStrike(@TargetAggregateIdentifier String strikeId, String conflictKey, String attacker,
                               List<StrikeMethod> methods, String targetDescription, Location location,
                               TimeWindow occurred, String operation, SourceRef source) {
        public RecordStrike {
            methods = List.copyOf(methods);
        }
    }

    /** Replaces the strike's location; the old one stays in the history. */
    public record CorrectStrikeLocation(@TargetAggregateIdentifier String strikeId, Location location,
                                        String reason, SourceRef source) {
    }

    /** Replaces the strike's time window. */
    public record CorrectStrikeTime(@TargetAggregateIdentifier String strikeId, TimeWindow occurred,
                                    String reason, SourceRef source) {
    }

    /** Records an outcome of the strike. */
    public record RecordStrikeOutcome(@TargetAggregateIdentifier String strikeId, StrikeOutcome outcome,
                                      String description, SourceRef source) {
    }
}
