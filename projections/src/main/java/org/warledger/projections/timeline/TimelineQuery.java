package org.warledger.projections.timeline;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        StringBuilder sql = new StringBuilder(filter.recordedBy() == null
                ? "SELECT * FROM timeline_entry e WHERE e.conflict_key = ?"
                : "SELECT * FROM timeline_entry_history e WHERE e.conflict_key = ? AND " + RowHistory.validAt("e"));
        List<Object> params = new ArrayList<>(List.of(filter.conflictKey()));
        if (filter.recordedBy() != null) {
            params.add(filter.recordedBy().toEpochMilli());
            params.add(filter.recordedBy().toEpochMilli());
        }
        if (filter.party() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM timeline_party p WHERE p.entry_id = e.entry_id AND p.party_key = ?)");
            params.add(filter.party());
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
        Map<String, List<String>> parties = parties(page);
        List<TimelineEntry> entries = page.stream().map(r -> r.toEntry(parties.getOrDefault(r.entryId, List.of())))
                .toList();
        String next = more ? encode(page.get(page.size() - 1)) : "";
        return new TimelinePage(entries, next);
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

    private Map<String, List<String>> parties(List<Row> rows) {
        Map<String, List<String>> out = new HashMap<>();
        if (rows.isEmpty()) {
            return out;
        }
        String in = String.join(",", rows.stream().map(r -> "?").toList());
        jdbc.query("SELECT entry_id, party_key FROM timeline_party WHERE entry_id IN (" + in + ") ORDER BY party_key",
                rs -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)),
                rows.stream().map(r -> r.entryId).toArray());
        return out;
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
                rs.getLong("recorded_at"), rs.getLong("position"));
    }

    private record Row(String entryId, String kind, String conflictKey, String entityId, long sortAt, Long start,
                       Long end, String precision, String countryCode, String title, String summary, String marks,
                       long recordedAt, long position) {
        TimelineEntry toEntry(List<String> parties) {
            return new TimelineEntry(entryId, TimelineKind.valueOf(kind), conflictKey, entityId, instant(start),
                    instant(end), TimePrecision.valueOf(precision), Instant.ofEpochMilli(sortAt), countryCode, title,
                    summary, parties, marks.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(marks.split(","))),
                    Instant.ofEpochMilli(recordedAt), position);
        }

        private static Instant instant(Long millis) {
            return millis == null ? null : Instant.ofEpochMilli(millis);
        }
    }
}
