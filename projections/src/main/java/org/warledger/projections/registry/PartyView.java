package org.warledger.projections.registry;

import java.util.ArrayList;
import java.util.List;
import org.warledger.domain.registry.PartyKind;

/** A party as currently known. {@code countryCode} may be null. */
public record PartyView(String key, String displayName, PartyKind kind, String countryCode, List<String> aliases) {

    public PartyView {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    PartyView renamed(String name) {
        return new PartyView(key, name, kind, countryCode, aliases);
    }

    PartyView withAlias(String alias) {
        List<String> all = new ArrayList<>(aliases);
        all.add(alias);
        return new PartyView(key, displayName, kind, countryCode, all);
    }
}
