package org.warledger.domain.statement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateVersion;
import org.warledger.domain.statement.StatementCommands.RecordStatement;
import org.warledger.domain.statement.StatementEvents.StatementRecorded;

/** A diplomatic statement on a conflict (a call for talks, a condemnation). Recorded once. */
public class Statement {

    @AggregateIdentifier
    private String statementId;
    @AggregateVersion
    private Long version;

    protected Statement() {
        // for Axon
    }

    @CommandHandler
    public Statement(RecordStatement command) {
        apply(new StatementRecorded(command.statementId(), command.conflictKey(), command.speaker(),
                command.speaksFor(), command.madeAt(), command.stances(), command.summary(), command.originalWords(),
                command.source()));
    }

    @EventSourcingHandler
    void on(StatementRecorded event) {
        statementId = event.statementId();
    }
}
