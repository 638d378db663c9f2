package org.warledger.projections.registry;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
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
import org.warledger.projections.support.Jdbc;
import org.warledger.projections.support.Json;
import org.warledger.projections.support.Positions;

/** Keeps parties, claimants and the names they are known by; every write is idempotent. */
@ProcessingGroup(RegistryProjection.GROUP)
public class RegistryProjection {

    public static final String GROUP = "registry";
    static final String PARTY = "PARTY";
    static final String CLAIMANT = "CLAIMANT";

    private final Jdbc jdbc;

    public RegistryProjection(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** "Pakistan Army" and " pakistan army " are one name. */
    public static String normalized(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    @EventHandler
    void on(PartyRegistered e, TrackingToken token) {
        PartyView view = new PartyView(e.key(), e.displayName(), e.kind(), e.countryCode(), e.aliases());
        jdbc.update("""
                INSERT INTO party_view (party_key, doc, last_position) SELECT ?, ?, ? FROM (VALUES (1)) AS one (x)
                WHERE NOT EXISTS (SELECT 1 FROM party_view WHERE party_key = ?)""",
                e.key(), Json.write(view), Positions.of(token), e.key());
        names(PARTY, e.key(), e.aliases());
    }

    @EventHandler
    void on(PartyRenamed e, TrackingToken token) {
        changeParty(e.key(), Positions.of(token), v -> v.renamed(e.displayName()));
    }

    @EventHandler
    void on(PartyAliasAdded e, TrackingToken token) {
        changeParty(e.key(), Positions.of(token), v -> v.withAlias(e.alias()));
        names(PARTY, e.key(), List.of(e.alias()));
    }

    @EventHandler
    void on(ClaimantRegistered e, TrackingToken token) {
        ClaimantView view = new ClaimantView(e.key(), e.displayName(), e.kind(), e.partyKey(), e.aliases());
        jdbc.update("""
                INSERT INTO claimant_view (claimant_key, party_key, doc, last_position)
                SELECT ?, ?, ?, ? FROM (VALUES (1)) AS one (x)
                WHERE NOT EXISTS (SELECT 1 FROM claimant_view WHERE claimant_key = ?)""",
                e.key(), e.partyKey(), Json.write(view), Positions.of(token), e.key());
        names(CLAIMANT, e.key(), e.aliases());
    }

    @EventHandler
    void on(ClaimantRenamed e, TrackingToken token) {
        changeClaimant(e.key(), Positions.of(token), v -> v.renamed(e.displayName()));
    }

    @EventHandler
    void on(ClaimantAliasAdded e, TrackingToken token) {
        changeClaimant(e.key(), Positions.of(token), v -> v.withAlias(e.alias()));
        names(CLAIMANT, e.key(), List.of(e.alias()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM registry_alias");
        jdbc.update("DELETE FROM claimant_view");
        jdbc.update("DELETE FROM party_view");
    }

    /** The key itself and each alias; a name already taken by another entity stays with it. */
    private void names(String type, String key, List<String> aliases) {
        name(type, key, key);
        aliases.forEach(alias -> name(type, key, alias));
    }

    private void name(String type, String key, String alias) {
        String name = normalized(alias);
        jdbc.update("""
                INSERT INTO registry_alias (entity_type, alias, entity_key) SELECT ?, ?, ? FROM (VALUES (1)) AS one (x)
                WHERE NOT EXISTS (SELECT 1 FROM registry_alias WHERE entity_type = ? AND alias = ?)""",
                type, name, key, type, name);
    }

    private void changeParty(String key, long position, UnaryOperator<PartyView> change) {
        PartyView current = jdbc.queryOne("SELECT doc FROM party_view WHERE party_key = ? AND last_position < ?",
                rs -> Json.read(rs.getString(1), PartyView.class), key, position);
        if (current != null) {
            jdbc.update("UPDATE party_view SET doc = ?, last_position = ? WHERE party_key = ? AND last_position < ?",
                    Json.write(change.apply(current)), position, key, position);
        }
    }

    private void changeClaimant(String key, long position, UnaryOperator<ClaimantView> change) {
        ClaimantView current = jdbc.queryOne(
                "SELECT doc FROM claimant_view WHERE claimant_key = ? AND last_position < ?",
                rs -> Json.read(rs.getString(1), ClaimantView.class), key, position);
        if (current != null) {
            jdbc.update("""
                    UPDATE claimant_view SET doc = ?, last_position = ? WHERE claimant_key = ? AND last_position < ?""",
                    Json.write(change.apply(current)), position, key, position);
        }
    }
}
