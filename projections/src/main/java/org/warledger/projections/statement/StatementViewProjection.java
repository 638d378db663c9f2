package org.warledger.projections.statement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.warledger.domain.statement.StatementEvents.StatementRecorded;
import org.warledger.projections.support.Jdbc;
import org.warledger.projections.support.Json;
import org.warledger.projections.support.KeyedTable;
import org.warledger.projections.support.Keyset;
import org.warledger.projections.support.Positions;
import org.warledger.projections.support.WriteBehind;

/** Keeps the statements of each conflict, ordered by when they were made. */
@ProcessingGroup(StatementViewProjection.GROUP)
public class StatementViewProjection {

    public static final String GROUP = "statements";

    /** One page of statements; {@code nextPageToken} is empty on the last page. */
    public record Page(List<StatementView> statements, String nextPageToken) {
    }

    private static final KeyedTable STATEMENTS = KeyedTable.of("statement_view", "statement_id",
            List.of("statement_id", "conflict_key", "sort_at", "position", "doc"));

    private final Jdbc jdbc;

    public StatementViewProjection(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(StatementRecorded e, @Timestamp Instant recordedAt, TrackingToken token) {
        Instant sortAt = e.madeAt().sortKey() != null ? e.madeAt().sortKey() : recordedAt;
        var row = STATEMENTS.newRow().set("statement_id", e.statementId()).set("conflict_key", e.conflictKey())
                .set("sort_at", sortAt.toEpochMilli()).set("position", Positions.of(token))
                .set("doc", Json.write(new StatementView(e, recordedAt)));
        WriteBehind.run(jdbc, w -> w.insert(row));
    }

    @ResetHandler
    void reset() {
        STATEMENTS.requestReset(jdbc, GROUP);
    }

    /** The statements of a conflict, earliest made first. */
    public Page list(String conflictKey, int pageSize, String pageToken) {
        StringBuilder sql = new StringBuilder("SELECT sort_at, position, doc FROM statement_view WHERE conflict_key = ?");
        List<Object> params = new ArrayList<>(List.of(conflictKey));
        if (pageToken != null && !pageToken.isEmpty()) {
            Keyset.Key after = Keyset.decode(pageToken);
            sql.append(" AND (sort_at > ? OR (sort_at = ? AND position > ?))");
            params.addAll(List.of(after.sortAt(), after.sortAt(), after.position()));
        }
        sql.append(" ORDER BY sort_at, position FETCH FIRST ").append(pageSize + 1).append(" ROWS ONLY");
        List<Row> rows = jdbc.query(sql.toString(), rs -> new Row(rs.getLong(1), rs.getLong(2),
                Json.read(rs.getString(3), StatementView.class)), params.toArray());
        boolean more = rows.size() > pageSize;
        List<Row> page = more ? rows.subList(0, pageSize) : rows;
        Row last = more ? page.get(page.size() - 1) : null;
        return new Page(page.stream().map(Row::view).toList(), last == null ? "" : Keyset.encode(last.sortAt, last.position));
    }

    private record Row(long sortAt, long position, StatementView view) {
    }
}
