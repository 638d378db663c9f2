package org.warledger.domain.registry;

import java.util.List;

/** The events of the party aggregate. Stored forms are a public contract: only add fields. */
public final class PartyEvents {

    private PartyEvents() {
    }

    /** A party was registered. */
    public record PartyRegistered(String key, String displayName, PartyKind kind, String countryCode,
                                  List<String> aliases) {
        public PartyRegistered {
            aliases = Aliases.copy(aliases);
        }
    }

    /** A party was renamed. */
    public record PartyRenamed(String key, String previousName, String displayName) {
    }

    /** A party became known under another name. */
    public record PartyAliasAdded(String key, String alias) {
    }
}
