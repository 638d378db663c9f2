package org.warledger.projections.registry;

import java.util.ArrayList;
import java.util.List;
import org.warledger.domain.registry.ClaimantKind;

/** A claimant as currently known. {@code partyKey} (the party it speaks for) may be null. */
public record ClaimantView(String key, String displayName, ClaimantKind kind, String partyKey, List<String> aliases) {

    public ClaimantView {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    ClaimantView renamed(String name) {
        return new ClaimantView(key, name, kind, partyKey, aliases);
    }

    ClaimantView withAlias(String alias) {
        List<String> all = new ArrayList<>(aliases);
        all.add(alias);
        return new ClaimantView(key, displayName, kind, partyKey, all);
    }
}
