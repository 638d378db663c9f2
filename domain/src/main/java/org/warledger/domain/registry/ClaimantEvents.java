package org.warledger.domain.registry;

import java.util.List;

/** The events of the claimant aggregate. Stored forms are a public contract: only add fields. */
public final class ClaimantEvents {

    private ClaimantEvents() {
    }

    /** A claimant was registered. */
    public record ClaimantRegistered(String key, String displayName, ClaimantKind kind, String partyKey,
                                     List<String> aliases) {
        public ClaimantRegistered {
            aliases = Aliases.copy(aliases);
        }
    }

    /** A claimant was renamed. */
    public record ClaimantRenamed(String key, String previousName, String displayName) {
    }

    /** A claimant became known under another name. */
    public record ClaimantAliasAdded(String key, String alias) {
    }
}
