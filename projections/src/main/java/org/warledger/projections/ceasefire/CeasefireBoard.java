package org.warledger.projections.ceasefire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.warledger.domain.ceasefire.CeasefireStatus.Status;
import org.warledger.projections.support.Jdbc;
import org.warledger.projections.support.Json;
import org.warledger.projections.support.Keyset;

/** The ceasefire board of a conflict: every ceasefire, earliest agreed first, with its status at two moments. */
public class CeasefireBoard {

    /** A ceasefire with its status now and at the asked moment. */
    public record Row(CeasefireView ceasefire, Status statusNow, Status statusAsOf) {
    }

    /** One page of the board; {@code nextPageToken} is empty on the last page. */
    public record Page(List<Row> rows, String nextPageToken) {
    }

    private final Jdbc jdbc;

    public CeasefireBoard(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The board at {@code now}, with each status also given at {@code asOf} (occurrence time). */
    public Page list(String conflictKey, Instant now, Instant asOf, int pageSize, String pageToken) {
        StringBuilder sql = new StringBuilder("SELECT sort_at, position, doc FROM ceasefire_view WHERE conflict_key = ?");
        List<Object> params = new ArrayList<>(List.of(conflictKey));
        if (pageToken != null && !pageToken.isEmpty()) {
            Keyset.Key after = Keyset.decode(pageToken);
            sql.append(" AND (sort_at > ? OR (sort_at = ? AND position > ?))");
            params.addAll(List.of(after.sortAt(), after.sortAt(), after.position()));
        }
        sql.append(" ORDER BY sort_at, position FETCH FIRST ").append(pageSize + 1).append(" ROWS ONLY");
        List<Stored> stored = jdbc.query(sql.toString(), rs -> new Stored(rs.getLong(1), rs.getLong(2),
                Json.read(rs.getString(3), CeasefireView.class)), params.toArray());
        boolean more = stored.size() > pageSize;
        List<Stored> page = more ? stored.subList(0, pageSize) : stored;
        List<Row> rows = page.stream().map(s -> new Row(s.view, s.view.statusAt(now), s.view.statusAt(asOf))).toList();
        Stored last = more ? page.get(page.size() - 1) : null;
        return new Page(rows, last == null ? "" : Keyset.encode(last.sortAt, last.position));
    }

    /** The ceasefire, or null if none is known by that id. */
    public CeasefireView find(String ceasefireId) {
        return jdbc.queryOne("SELECT doc FROM ceasefire_view WHERE ceasefire_id = ?",
                rs -> Json.read(rs.getString(1), CeasefireView.class), ceasefireId);
    }

    private record Stored(long sortAt, long position, CeasefireView view) {
    }
}
