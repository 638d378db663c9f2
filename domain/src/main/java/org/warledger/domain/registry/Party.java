package org.warledger.domain.registry;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateVersion;
import org.warledger.domain.common.RuleViolationException;
import org.warledger.domain.registry.PartyCommands.AddPartyAlias;
import org.warledger.domain.registry.PartyCommands.RegisterParty;
import org.warledger.domain.registry.PartyCommands.RenameParty;
import org.warledger.domain.registry.PartyEvents.PartyAliasAdded;
import org.warledger.domain.registry.PartyEvents.PartyRegistered;
import org.warledger.domain.registry.PartyEvents.PartyRenamed;

/** A party to conflicts (a state's forces, an armed group, civilians), known by a short key. */
public class Party {

    @AggregateIdentifier
    private String key;
    @AggregateVersion
    private Long version;
    private String displayName;
    private final Set<String> aliases = new HashSet<>();

    protected Party() {
        // for Axon
    }

    @CommandHandler
    public Party(RegisterParty command) {
        apply(new PartyRegistered(command.key(), command.displayName(), command.kind(), command.countryCode(),
                command.aliases()));
    }

    @CommandHandler
    public void handle(RenameParty command) {
        if (displayName.equals(command.displayName())) {
            throw new RuleViolationException("RENAME_CHANGES_NOTHING", "the party already has this name");
        }
        apply(new PartyRenamed(key, displayName, command.displayName()));
    }

    @CommandHandler
    public void handle(AddPartyAlias command) {
        if (aliases.contains(Aliases.normalized(command.alias()))) {
            throw new RuleViolationException("ALIAS_EXISTS", "the party already has the alias " + command.alias());
        }
        apply(new PartyAliasAdded(key, command.alias()));
    }

    @EventSourcingHandler
    void on(PartyRegistered event) {
        key = event.key();
        displayName = event.displayName();
        event.aliases().forEach(alias -> aliases.add(Aliases.normalized(alias)));
    }

    @EventSourcingHandler
    void on(PartyRenamed event) {
        displayName = event.displayName();
    }

    @EventSourcingHandler
    void on(PartyAliasAdded event) {
        aliases.add(Aliases.normalized(event.alias()));
    }
}
