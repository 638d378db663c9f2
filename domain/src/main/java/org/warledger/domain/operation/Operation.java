package org.warledger.domain.operation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateVersion;
import org.warledger.domain.common.RuleViolationException;
import org.warledger.domain.operation.OperationCommands.EndOperation;
import org.warledger.domain.operation.OperationCommands.LaunchOperation;
import org.warledger.domain.operation.OperationCommands.LinkStrikeToOperation;
import org.warledger.domain.operation.OperationEvents.OperationEnded;
import org.warledger.domain.operation.OperationEvents.OperationLaunched;
import org.warledger.domain.operation.OperationEvents.StrikeLinkedToOperation;

/**
 * A named military operation and the strikes reported as part of it. Strikes may be linked after
 * it ended: reports arrive late.
 */
public class Operation {

    @AggregateIdentifier
    private String operationId;
    @AggregateVersion
    private Long version;
    private String conflictKey;
    private String name;
    private String party;
    private boolean ended;
    private final Set<String> strikeIds = new HashSet<>();

    protected Operation() {
        // for Axon
    }

    @CommandHandler
    public Operation(LaunchOperation command) {
        apply(new OperationLaunched(command.operationId(), command.conflictKey(), command.name(), command.party(),
                command.started(), command.description(), command.source()));
    }

    @CommandHandler
    public void handle(EndOperation command) {
        if (ended) {
            throw new RuleViolationException("OPERATION_ALREADY_ENDED", "the operation has already ended");
        }
        apply(new OperationEnded(operationId, conflictKey, command.ended(), command.source(), name, party));
    }

    @CommandHandler
    public void handle(LinkStrikeToOperation command) {
        if (strikeIds.contains(command.strikeId())) {
            throw new RuleViolationException("STRIKE_ALREADY_LINKED", "strike " + command.strikeId()
                    + " is already linked to this operation");
        }
        apply(new StrikeLinkedToOperation(operationId, conflictKey, name, command.strikeId()));
    }

    @EventSourcingHandler
    void on(OperationLaunched event) {
        operationId = event.operationId();
        conflictKey = event.conflictKey();
        name = event.name();
        party = event.party();
    }

    @EventSourcingHandler
    void on(OperationEnded event) {
        ended = true;
    }

    @EventSourcingHandler
    void on(StrikeLinkedToOperation event) {
        strikeIds.add(event.strikeId());
    }
}
