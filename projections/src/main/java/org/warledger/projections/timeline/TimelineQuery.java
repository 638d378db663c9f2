package org.warledger.projections.timeline;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.warledger.domain.common.TimePrecision;
import org.warledger.projections.support.Jdbc;
import org.warledger.projections.support.RowHistory;

/**
 * Reads the timeline: ordered by when things happened, then by recording order, with keyset
 * pagination so every page costs the same however deep it is.
 */
public class TimelineQuery {

    private final Jdbc jdbc;

    public TimelineQuery(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public TimelinePage list(TimelineFilter filter, int pageSize, String pageToken) {
        // as recorded by T: the version of each row that was current at T (RowHistory)
        StringBuilder sql = new StringBuilder("SELECT * FROM ").append(filter.recordedBy() == null ? "timeline_entry"
                : RowHistory.versionsAt("timeline_entry", String.join(", ", TimelineStore.COLUMNS), "conflict_key = ?"))
                .append(" e WHERE e.conflict_key = ?");
        List<Object> params = new ArrayList<>();
        if (filter.recordedBy() != null) {
            params.addAll(RowHistory.versionsAtParams(List.of(filter.conflictKey()), filter.recordedBy()));
        }
        params.add(filter.conflictKey());
        if (filter.party() != null) {
            sql.append(" AND POSITION(? IN ',' || e.parties || ',') > 0");
            params.add("," + filter.party() + ",");
        }
        if (!filter.kinds().isEmpty()) {
            sql.append(" AND e.kind IN (").append(String.join(",", filter.kinds().stream().map(k -> "?").toList()))
                    .append(")");
            filter.kinds().forEach(k -> params.add(k.name()));
        }
        if (filter.happenedFrom() != null) {
            sql.append(" AND e.sort_at >= ?");
            params.add(filter.happenedFrom().toEpochMilli());
        }
        if (filter.happenedBefore() != null) {
            sql.append(" AND e.sort_at < ?");
            params.add(filter.happenedBefore().toEpochMilli());
        }
        if (filter.countryCode() != null) {
            sql.append(" AND e.country_code = ?");
            params.add(filter.countryCode());
        }
        if (pageToken != null && !pageToken.isEmpty()) {
            long[] after = decode(pageToken);
            sql.append(" AND (e.sort_at > ? OR (e.sort_at = ? AND e.position > ?))");
            params.add(after[0]);
            params.add(after[0]);
            params.add(after[1]);
        }
        sql.append(" ORDER BY e.sort_at, e.position FETCH FIRST ").append(pageSize + 1).append(" ROWS ONLY");
        List<Row> rows = jdbc.query(sql.toString(), TimelineQuery::row, params.toArray());
        boolean more = rows.size() > pageSize;
        List<Row> page = more ? rows.subList(0, pageSize) : rows;
        List<TimelineEntry> entries = page.stream().map(Row::toEntry).toList();
        String next = more ? encode(page.get(page.size() - 1)) : "";
        return new TimelinePage(entries, next);
    }

    /**
     * The changes to a conflict's timeline made by the events at positions {@code after < p <= upTo}:
     * each new entry and each new version of an entry, in recording order (for live feeds).
     */
    public List<TimelineChange> changes(String conflictKey, long after, long upTo) {
        String columns = String.join(", ", TimelineStore.COLUMNS);
        // the current version of a row was made by its last_position; the replaced ones are in the history
        return jdbc.query("SELECT * FROM (SELECT " + columns + ", last_position AS version_position FROM timeline_entry"
                        + " WHERE conflict_key = ? AND last_position > ? AND last_position <= ?"
                        + " UNION ALL SELECT " + columns + ", version_position FROM timeline_entry_history"
                        + " WHERE conflict_key = ? AND version_position > ? AND version_position <= ?) e"
                        + " ORDER BY e.version_position, e.entry_id",
                rs -> new TimelineChange(rs.getLong("version_position"), row(rs).toEntry()),
                conflictKey, after, upTo, conflictKey, after, upTo);
    }

    /** True if the token is one this query could have produced. */
    public static boolean isValidToken(String token) {
        try {
            decode(token);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String encode(Row last) {
        String raw = last.sortAt + ":" + last.position;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static long[] decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = raw.split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("malformed page token");
            }
            return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed page token", e);
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString("entry_id"), rs.getString("kind"), rs.getString("conflict_key"),
                rs.getString("entity_id"), rs.getLong("sort_at"), (Long) rs.getObject("occurred_start", Long.class),
                (Long) rs.getObject("occurred_end", Long.class), rs.getString("time_precision"),
                rs.getString("country_code"), rs.getString("title"), rs.getString("summary"), rs.getString("marks"),
                rs.getLong("recorded_at"), rs.getLong("position"), rs.getString("parties"));
    }

    private record Row(String entryId, String kind, String conflictKey, String entityId, long sortAt, Long start,
                       Long end, String precision, String countryCode, String title, String summary, String marks,
                       long recordedAt, long position, String parties) {
        TimelineEntry toEntry() {
            return new TimelineEntry(entryId, TimelineKind.valueOf(kind), conflictKey, entityId, instant(start),
                    instant(end), TimePrecision.valueOf(precision), Instant.ofEpochMilli(sortAt), countryCode, title,
                    summary, TimelineStore.splitParties(parties),
                    marks.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(marks.split(","))),
                    Instant.ofEpochMilli(recordedAt), position);
        }

        private static Instant instant(Long millis) {
            return millis == null ? null : Instant.ofEpochMilli(millis);
        }
    }
}
