package org.warledger.domain.strike;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateVersion;
import org.warledger.domain.common.Location;
import org.warledger.domain.common.RuleViolationException;
import org.warledger.domain.common.TimeWindow;
import org.warledger.domain.strike.StrikeCommands.CorrectStrikeLocation;
import org.warledger.domain.strike.StrikeCommands.CorrectStrikeTime;
import org.warledger.domain.strike.StrikeCommands.RecordStrike;
import org.warledger.domain.strike.StrikeCommands.RecordStrikeOutcome;
import org.warledger.domain.strike.StrikeEvents.StrikeLocationCorrected;
import org.warledger.domain.strike.StrikeEvents.StrikeOutcomeRecorded;
import org.warledger.domain.strike.StrikeEvents.StrikeRecorded;
import org.warledger.domain.strike.StrikeEvents.StrikeTimeCorrected;

/** A strike: recorded once, then corrected and given outcomes by new events only. */
public class Strike {

    @AggregateIdentifier
    private String strikeId;
    @AggregateVersion
    private Long version;
    private String conflictKey;
    private Location location;
    private TimeWindow occurred;

    protected Strike() {
        // for Axon
    }

    @CommandHandler
    public Strike(RecordStrike command) {
        apply(new StrikeRecorded(command.strikeId(), command.conflictKey(), command.attacker(), command.methods(),
                command.targetDescription(), command.location(), command.occurred(), command.operation(),
                command.source()));
    }

    @CommandHandler
    public void handle(CorrectStrikeLocation command) {
        if (Objects.equals(location, command.location())) {
            throw new RuleViolationException("CORRECTION_CHANGES_NOTHING", "the strike already has this location");
        }
        apply(new StrikeLocationCorrected(strikeId, conflictKey, location, command.location(), command.reason(),
                command.source()));
    }

    @CommandHandler
    public void handle(CorrectStrikeTime command) {
        if (Objects.equals(occurred, command.occurred())) {
            throw new RuleViolationException("CORRECTION_CHANGES_NOTHING", "the strike already has this time window");
        }
        apply(new StrikeTimeCorrected(strikeId, conflictKey, occurred, command.occurred(), command.reason(),
                command.source()));
    }

    @CommandHandler
    public void handle(RecordStrikeOutcome command) {
        apply(new StrikeOutcomeRecorded(strikeId, conflictKey, command.outcome(), command.description(),
                command.source()));
    }

    @EventSourcingHandler
    void on(StrikeRecorded event) {
        strikeId = event.strikeId();
        conflictKey = event.conflictKey();
        location = event.location();
        occurred = event.occurred();
    }

    @EventSourcingHandler
    void on(StrikeLocationCorrected event) {
        location = event.location();
    }

    @EventSourcingHandler
    void on(StrikeTimeCorrected event) {
        occurred = event.occurred();
    }
}
