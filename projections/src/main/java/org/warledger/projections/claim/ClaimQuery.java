package org.warledger.projections.claim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.warledger.domain.common.ClaimCategory;
import org.warledger.projections.support.Jdbc;
import org.warledger.projections.support.RowHistory;
import org.warledger.projections.support.Json;
import org.warledger.projections.support.PageTokens;

/** Reads claims in recording order, with keyset pagination on the assertion's position. */
public class ClaimQuery {

    /** One page of claims; {@code nextPageToken} is empty on the last page. */
    public record Page(List<ClaimView> claims, String nextPageToken) {
    }

    private final Jdbc jdbc;
    private final ParsedClaims parsed = new ParsedClaims();

    public ClaimQuery(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The claim, or null if no such claim is known. */
    public ClaimView find(String claimId) {
        return jdbc.queryOne("SELECT doc FROM claim_view WHERE claim_id = ?",
                rs -> Json.read(rs.getString(1), ClaimView.class), claimId);
    }

    public Page list(ClaimFilter f, int pageSize, String pageToken) {
        StringBuilder sql = new StringBuilder("SELECT c.doc FROM claim_view c WHERE c.conflict_key = ?");
        List<Object> params = new ArrayList<>(List.of(f.conflictKey()));
        if (f.strikeId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM claim_strike s WHERE s.claim_id = c.claim_id AND s.strike_id = ?)");
            params.add(f.strikeId());
        }
        if (f.claimantKey() != null) {
            sql.append(" AND c.claimant_key = ?");
            params.add(f.claimantKey());
        }
        if (f.partyKey() != null) {
            sql.append(" AND c.subject_party = ?");
            params.add(f.partyKey());
        }
        if (f.retracted() != null) {
            sql.append(" AND c.retracted = ?");
            params.add(f.retracted());
        }
        if (pageToken != null && !pageToken.isEmpty()) {
            sql.append(" AND c.position > ?");
            params.add(Long.parseLong(PageTokens.decode(pageToken)));
        }
        sql.append(" ORDER BY c.position FETCH FIRST ").append(pageSize + 1).append(" ROWS ONLY");
        List<ClaimView> rows = jdbc.query(sql.toString(), rs -> Json.read(rs.getString(1), ClaimView.class),
                params.toArray());
        boolean more = rows.size() > pageSize;
        List<ClaimView> page = more ? rows.subList(0, pageSize) : rows;
        return new Page(List.copyOf(page), more ? PageTokens.encode(String.valueOf(page.get(page.size() - 1).position())) : "");
    }

    /** True if the token is one {@link #list} could have produced. */
    public static boolean isValidToken(String token) {
        try {
            Long.parseLong(PageTokens.decode(token));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Every claim of a conflict (retracted ones too), optionally narrowed by party and category: the
     * claims a tally counts. With {@code recordedBy}, the version of each claim that was current at
     * that instant ("as recorded by T", from claim_view_history) instead of the current one.
     */
    public List<ClaimView> forTally(String conflictKey, String partyKey, ClaimCategory category, Instant recordedBy) {
        StringBuilder sql = new StringBuilder("SELECT c.claim_id, c.last_position, c.doc FROM ")
                .append(recordedBy == null ? "claim_view" : RowHistory.versionsAt("claim_view",
                        String.join(", ", ClaimViewProjection.COLUMNS), "conflict_key = ?"))
                .append(" c WHERE c.conflict_key = ?");
        List<Object> params = new ArrayList<>();
        if (recordedBy != null) {
            params.addAll(RowHistory.versionsAtParams(List.of(conflictKey), recordedBy));
        }
        params.add(conflictKey);
        if (partyKey != null) {
            sql.append(" AND c.subject_party = ?");
            params.add(partyKey);
        }
        if (category != null) {
            sql.append(" AND c.category = ?");
            params.add(category.name());
        }
        ParsedClaims.Read read = parsed.start(conflictKey + "\u0000" + partyKey + "\u0000" + category);
        List<ClaimView> views = jdbc.query(sql.append(" ORDER BY c.position").toString(),
                rs -> read.view(rs.getString(1), rs.getLong(2), rs.getString(3)), params.toArray());
        read.finish();
        return views;
    }

    /** Claims about the operation {@code name} itself or about any of {@code strikeIds}, in recording order. */
    public List<ClaimView> aboutOperation(String conflictKey, String name, java.util.Set<String> strikeIds) {
        return forTally(conflictKey, null, null, null).stream()
                .filter(c -> name.equalsIgnoreCase(String.valueOf(c.scope().operation()))
                        || c.scope().strikeIds().stream().anyMatch(strikeIds::contains))
                .toList();
    }
}
