package org.warledger.projections.registry;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.warledger.domain.registry.ClaimantEvents.ClaimantAliasAdded;
import org.warledger.domain.registry.ClaimantEvents.ClaimantRegistered;
import org.warledger.domain.registry.ClaimantEvents.ClaimantRenamed;
import org.warledger.domain.registry.PartyEvents.PartyAliasAdded;
import org.warledger.domain.registry.PartyEvents.PartyRegistered;
import org.warledger.domain.registry.PartyEvents.PartyRenamed;
import org.warledger.projections.support.DocTable;
import org.warledger.projections.support.Jdbc;
import org.warledger.projections.support.KeyedTable;
import org.warledger.projections.support.Positions;
import org.warledger.projections.support.WriteBehind;

/** Keeps parties, claimants and the names they are known by; every write is idempotent. */
@ProcessingGroup(RegistryProjection.GROUP)
public class RegistryProjection {

    public static final String GROUP = "registry";
    static final String PARTY = "PARTY";
    static final String CLAIMANT = "CLAIMANT";

    private static final KeyedTable ALIASES = new KeyedTable("registry_alias", List.of("entity_type", "alias"),
            List.of("entity_type", "alias", "entity_key"), false);

    private final Jdbc jdbc;
    private final DocTable<PartyView> parties;
    private final DocTable<ClaimantView> claimants;

    public RegistryProjection(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.parties = new DocTable<>(jdbc, KeyedTable.of("party_view", "party_key",
                List.of("party_key", "doc", "last_position")), PartyView.class);
        this.claimants = new DocTable<>(jdbc, KeyedTable.of("claimant_view", "claimant_key",
                List.of("claimant_key", "party_key", "doc", "last_position")), ClaimantView.class);
    }

    /** "Pakistan Army" and " pakistan army " are one name. */
    public static String normalized(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    @EventHandler
    void on(PartyRegistered e, TrackingToken token) {
        PartyView view = new PartyView(e.key(), e.displayName(), e.kind(), e.countryCode(), e.aliases());
        parties.insert(e.key(), Positions.of(token), view, Map.of());
        names(PARTY, e.key(), e.aliases());
    }

    @EventHandler
    void on(PartyRenamed e, TrackingToken token) {
        parties.change(e.key(), Positions.of(token), v -> v.renamed(e.displayName()));
    }

    @EventHandler
    void on(PartyAliasAdded e, TrackingToken token) {
        parties.change(e.key(), Positions.of(token), v -> v.withAlias(e.alias()));
        names(PARTY, e.key(), List.of(e.alias()));
    }

    @EventHandler
    void on(ClaimantRegistered e, TrackingToken token) {
        ClaimantView view = new ClaimantView(e.key(), e.displayName(), e.kind(), e.partyKey(), e.aliases());
        claimants.insert(e.key(), Positions.of(token), view, DocTable.columns("party_key", e.partyKey()));
        names(CLAIMANT, e.key(), e.aliases());
    }

    @EventHandler
    void on(ClaimantRenamed e, TrackingToken token) {
        claimants.change(e.key(), Positions.of(token), v -> v.renamed(e.displayName()));
    }

    @EventHandler
    void on(ClaimantAliasAdded e, TrackingToken token) {
        claimants.change(e.key(), Positions.of(token), v -> v.withAlias(e.alias()));
        names(CLAIMANT, e.key(), List.of(e.alias()));
    }

    @ResetHandler
    void reset() {
        ALIASES.requestReset(jdbc, GROUP);
        claimants.requestReset(GROUP);
        parties.requestReset(GROUP);
    }

    /** The key itself and each alias; a name already taken by another entity stays with it. */
    private void names(String type, String key, List<String> aliases) {
        WriteBehind.run(jdbc, w -> {
            name(w, type, key, key);
            aliases.forEach(alias -> name(w, type, key, alias));
        });
    }

    private static void name(WriteBehind w, String type, String key, String alias) {
        w.insert(ALIASES.newRow().set("entity_type", type).set("alias", normalized(alias)).set("entity_key", key));
    }
}
