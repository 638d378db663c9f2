package org.warledger.projections.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warledger.projections.support.Jdbc;
import org.warledger.projections.support.Json;
import org.warledger.projections.support.PageTokens;

/** Reads the registry: resolves names to keys and lists parties and claimants by key. */
public class RegistryQuery {

    /** One page of a registry listing; {@code nextPageToken} is empty on the last page. */
    public record Page<T>(List<T> items, String nextPageToken) {
    }

    private final Jdbc jdbc;

    public RegistryQuery(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The key of the party known by this key or alias (case and surrounding blanks ignored). */
    public Optional<String> partyKey(String name) {
        return resolve(RegistryProjection.PARTY, name);
    }

    /** The key of the claimant known by this key or alias. */
    public Optional<String> claimantKey(String name) {
        return resolve(RegistryProjection.CLAIMANT, name);
    }

    public Page<PartyView> parties(int pageSize, String pageToken) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT party_key, doc FROM party_view" + after("party_key", pageToken, params, " WHERE ");
        List<String[]> rows = jdbc.query(sql + " ORDER BY party_key FETCH FIRST " + (pageSize + 1) + " ROWS ONLY",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, params.toArray());
        return page(rows, pageSize, PartyView.class);
    }

    public Page<ClaimantView> claimants(String partyKey, int pageSize, String pageToken) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT claimant_key, doc FROM claimant_view WHERE 1 = 1");
        if (partyKey != null) {
            sql.append(" AND party_key = ?");
            params.add(partyKey);
        }
        sql.append(after("claimant_key", pageToken, params, " AND "));
        List<String[]> rows = jdbc.query(sql + " ORDER BY claimant_key FETCH FIRST " + (pageSize + 1) + " ROWS ONLY",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, params.toArray());
        return page(rows, pageSize, ClaimantView.class);
    }

    private Optional<String> resolve(String type, String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(jdbc.queryOne(
                "SELECT entity_key FROM registry_alias WHERE entity_type = ? AND alias = ?",
                rs -> rs.getString(1), type, RegistryProjection.normalized(name)));
    }

    private static String after(String column, String pageToken, List<Object> params, String joiner) {
        if (pageToken == null || pageToken.isEmpty()) {
            return "";
        }
        params.add(PageTokens.decode(pageToken));
        return joiner + column + " > ?";
    }

    private static <T> Page<T> page(List<String[]> rows, int pageSize, Class<T> type) {
        boolean more = rows.size() > pageSize;
        List<String[]> page = more ? rows.subList(0, pageSize) : rows;
        String next = more ? PageTokens.encode(page.get(page.size() - 1)[0]) : "";
        return new Page<>(page.stream().map(r -> Json.read(r[1], type)).toList(), next);
    }
}
