package org.warledger.domain.ceasefire;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateVersion;
import org.warledger.domain.ceasefire.CeasefireCommands.AllegeCeasefireViolation;
import org.warledger.domain.ceasefire.CeasefireCommands.DeclareCeasefireCollapsed;
import org.warledger.domain.ceasefire.CeasefireCommands.EndCeasefire;
import org.warledger.domain.ceasefire.CeasefireCommands.RenewCeasefire;
import org.warledger.domain.ceasefire.CeasefireCommands.ReportCeasefire;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireCollapsed;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireEnded;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireRenewed;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireReported;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireViolationAlleged;
import org.warledger.domain.common.RuleViolationException;
import org.warledger.domain.common.TimeWindow;

/**
 * A ceasefire. Reports arrive late and out of order, so nothing is refused for the order it is
 * recorded in (a violation recorded after the collapse may have happened before it); the status at
 * a moment is derived by {@link CeasefireStatus}. Only what is incoherent at any time is refused.
 */
public class Ceasefire {

    @AggregateIdentifier
    private String ceasefireId;
    @AggregateVersion
    private Long version;
    private String conflictKey;
    private TimeWindow agreed;
    private final Set<String> violationIds = new HashSet<>();
    private final Set<TimeWindow> collapses = new HashSet<>();

    protected Ceasefire() {
        // for Axon
    }

    @CommandHandler
    public Ceasefire(ReportCeasefire command) {
        apply(new CeasefireReported(command.ceasefireId(), command.conflictKey(), command.parties(),
                command.mediators(), command.agreed(), command.effectiveFrom(), command.effectiveUntil(),
                command.terms(), command.source()));
    }

    @CommandHandler
    public void handle(AllegeCeasefireViolation command) {
        if (violationIds.contains(command.violationId())) {
            throw new RuleViolationException("VIOLATION_EXISTS", "violation " + command.violationId()
                    + " is already recorded");
        }
        if (endsBeforeAgreement(command.occurred())) {
            throw new RuleViolationException("VIOLATION_BEFORE_CEASEFIRE",
                    "the violation happened before the ceasefire was agreed");
        }
        apply(new CeasefireViolationAlleged(ceasefireId, conflictKey, command.violationId(), command.allegedBy(),
                command.against(), command.occurred(), command.strikeIds(), command.claimIds(),
                command.description(), command.source()));
    }

    @CommandHandler
    public void handle(DeclareCeasefireCollapsed command) {
        if (collapses.contains(command.collapsedAt())) {
            throw new RuleViolationException("ALREADY_COLLAPSED", "a collapse in this window is already recorded");
        }
        apply(new CeasefireCollapsed(ceasefireId, conflictKey, command.collapsedAt(), command.declaredBy(),
                command.source()));
    }

    @CommandHandler
    public void handle(EndCeasefire command) {
        apply(new CeasefireEnded(ceasefireId, conflictKey, command.endedAt(), command.reason(), command.source()));
    }

    @CommandHandler
    public void handle(RenewCeasefire command) {
        apply(new CeasefireRenewed(ceasefireId, conflictKey, command.renewedAt(), command.effectiveUntil(),
                command.terms(), command.source()));
    }

    /** Only when the whole window lies before the earliest moment of agreement: vague times get the benefit. */
    private boolean endsBeforeAgreement(TimeWindow occurred) {
        return occurred.end() != null && agreed.start() != null && occurred.end().isBefore(agreed.start());
    }

    @EventSourcingHandler
    void on(CeasefireReported event) {
        ceasefireId = event.ceasefireId();
        conflictKey = event.conflictKey();
        agreed = event.agreed();
    }

    @EventSourcingHandler
    void on(CeasefireViolationAlleged event) {
        violationIds.add(event.violationId());
    }

    @EventSourcingHandler
    void on(CeasefireCollapsed event) {
        collapses.add(event.collapsedAt());
    }
}
