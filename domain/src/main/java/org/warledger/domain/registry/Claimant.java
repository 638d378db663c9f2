package org.warledger.domain.registry;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateVersion;
import org.warledger.domain.common.RuleViolationException;
import org.warledger.domain.registry.ClaimantCommands.AddClaimantAlias;
import org.warledger.domain.registry.ClaimantCommands.RegisterClaimant;
import org.warledger.domain.registry.ClaimantCommands.RenameClaimant;
import org.warledger.domain.registry.ClaimantEvents.ClaimantAliasAdded;
import org.warledger.domain.registry.ClaimantEvents.ClaimantRegistered;
import org.warledger.domain.registry.ClaimantEvents.ClaimantRenamed;

/** Someone who makes claims (a spokesperson, a ministry, a dataset), known by a short key. */
public class Claimant {

    @AggregateIdentifier
    private String key;
    @AggregateVersion
    private Long version;
    private String displayName;
    private final Set<String> aliases = new HashSet<>();

    protected Claimant() {
        // for Axon
    }

    @CommandHandler
    public Claimant(RegisterClaimant command) {
        apply(new ClaimantRegistered(command.key(), command.displayName(), command.kind(), command.partyKey(),
                command.aliases()));
    }

    @CommandHandler
    public void handle(RenameClaimant command) {
        if (displayName.equals(command.displayName())) {
            throw new RuleViolationException("RENAME_CHANGES_NOTHING", "the claimant already has this name");
        }
        apply(new ClaimantRenamed(key, displayName, command.displayName()));
    }

    @CommandHandler
    public void handle(AddClaimantAlias command) {
        if (aliases.contains(Aliases.normalized(command.alias()))) {
            throw new RuleViolationException("ALIAS_EXISTS", "the claimant already has the alias " + command.alias());
        }
        apply(new ClaimantAliasAdded(key, command.alias()));
    }

    @EventSourcingHandler
    void on(ClaimantRegistered event) {
        key = event.key();
        displayName = event.displayName();
        event.aliases().forEach(alias -> aliases.add(Aliases.normalized(alias)));
    }

    @EventSourcingHandler
    void on(ClaimantRenamed event) {
        displayName = event.displayName();
    }

    @EventSourcingHandler
    void on(ClaimantAliasAdded event) {
        aliases.add(Aliases.normalized(event.alias()));
    }
}
