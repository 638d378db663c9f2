package org.warledger.domain.registry;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The commands of the party aggregate. The key (e.g. "PAK") is the aggregate id. */
public final class PartyCommands {

    private PartyCommands() {
    }

    /** Registers a party to conflicts. {@code countryCode} may be null (armed groups, civilians). */
    public record RegisterParty(@TargetAggregateIdentifier String key, String displayName, PartyKind kind,
                                String countryCode, List<String> aliases) {
        public RegisterParty {
            aliases = Aliases.copy(aliases);
        }
    }

    /** Gives the party a new display name; the old one stays in the history. */
    public record RenameParty(@TargetAggregateIdentifier String key, String displayName) {
    }

    /** Adds another name the party is reported under. */
    public record AddPartyAlias(@TargetAggregateIdentifier String key, String alias) {
    }
}
