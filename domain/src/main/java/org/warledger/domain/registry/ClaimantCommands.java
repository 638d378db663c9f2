package org.warledger.domain.registry;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The commands of the claimant aggregate. The key (e.g. "ISPR") is the aggregate id. */
public final class ClaimantCommands {

    private ClaimantCommands() {
    }

    /** Registers someone who makes claims. {@code partyKey}, the party it speaks for, may be null. */
    public record RegisterClaimant(@TargetAggregateIdentifier String key, String displayName, ClaimantKind kind,
                                   String partyKey, List<String> aliases) {
        public RegisterClaimant {
            aliases = Aliases.copy(aliases);
        }
    }

    /** Gives the claimant a new display name; the old one stays in the history. */
    public record RenameClaimant(@TargetAggregateIdentifier String key, String displayName) {
    }

    /** Adds another name the claimant is reported under. */
    public record AddClaimantAlias(@TargetAggregateIdentifier String key, String alias) {
    }
}
