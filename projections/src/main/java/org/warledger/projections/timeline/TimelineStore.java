package org.warledger.projections.timeline;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.warledger.domain.common.TimePrecision;
import org.warledger.domain.common.TimeWindow;
import org.warledger.projections.support.Jdbc;
import org.warledger.projections.support.RowHistory;

/**
 * Writes the timeline read model. Every write is idempotent: an entry is inserted once, and an
 * update carries the global position of its event and applies only if the row has not seen it.
 * Each write that applies also records a version of the row ({@link RowHistory}) valid from the
 * event's recording time, for "as recorded by" queries.
 */
public class TimelineStore {

    static final List<String> COLUMNS = List.of("entry_id", "conflict_key", "kind", "entity_id", "sort_at",
            "occurred_start", "occurred_end", "time_precision", "country_code", "title", "summary", "marks",
            "recorded_at", "position", "last_position");

    private final Jdbc jdbc;
    private final RowHistory history;

    public TimelineStore(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.history = new RowHistory(jdbc, "timeline_entry", "entry_id", COLUMNS);
    }

    public void insert(TimelineEntry e) {
        int inserted = jdbc.update("""
                INSERT INTO timeline_entry (entry_id, conflict_key, kind, entity_id, sort_at, occurred_start,
                    occurred_end, time_precision, country_code, title, summary, marks, recorded_at, position,
                    last_position)
                SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM (VALUES (1)) AS one (x)
                WHERE NOT EXISTS (SELECT 1 FROM timeline_entry WHERE entry_id = ?)""",
                e.entryId(), e.conflictKey(), e.kind().name(), e.entityId(), e.sortAt().toEpochMilli(),
                millis(e.occurredStart()), millis(e.occurredEnd()), e.precision().name(), e.countryCode(),
                e.title(), e.summary(), String.join(",", e.marks()), e.recordedAt().toEpochMilli(), e.position(),
                e.position(), e.entryId());
        if (inserted == 1) {
            history.record(e.entryId(), e.position(), e.recordedAt());
            for (String party : new LinkedHashSet<>(e.parties())) {
                jdbc.update("INSERT INTO timeline_party (entry_id, party_key) VALUES (?, ?)", e.entryId(), party);
            }
        }
    }

    /** The party keys of an entry, in key order; empty if there is no such entry. */
    public List<String> parties(String entryId) {
        return jdbc.query("SELECT party_key FROM timeline_party WHERE entry_id = ? ORDER BY party_key",
                rs -> rs.getString(1), entryId);
    }

    /**
     * Changes the mutable parts of an entry, once per event: skipped if the entry does not exist or
     * has already seen {@code position}. {@code recordedAt} is the event's recording time, from
     * which the new version of the entry is valid.
     */
    public void update(String entryId, long position, Instant recordedAt, Consumer<Changes> change) {
        Changes c = jdbc.queryOne("""
                SELECT occurred_start, occurred_end, time_precision, sort_at, country_code, title, summary, marks
                FROM timeline_entry WHERE entry_id = ? AND last_position < ?""",
                rs -> new Changes(instant((Long) rs.getObject(1, Long.class)), instant((Long) rs.getObject(2, Long.class)),
                        TimePrecision.valueOf(rs.getString(3)), Instant.ofEpochMilli(rs.getLong(4)), rs.getString(5),
                        rs.getString(6), rs.getString(7), marks(rs.getString(8))),
                entryId, position);
        if (c == null) {
            return;
        }
        change.accept(c);
        int updated = jdbc.update("""
                UPDATE timeline_entry SET occurred_start = ?, occurred_end = ?, time_precision = ?, sort_at = ?,
                    country_code = ?, title = ?, summary = ?, marks = ?, last_position = ?
                WHERE entry_id = ? AND last_position < ?""",
                millis(c.occurredStart), millis(c.occurredEnd), c.precision.name(), c.sortAt.toEpochMilli(),
                c.countryCode, c.title, c.summary, String.join(",", c.marks), position, entryId, position);
        if (updated == 1) {
            history.record(entryId, position, recordedAt);
        }
    }

    /** The mutable parts of an entry, handed to {@link #update}. */
    public static final class Changes {
        Instant occurredStart;
        Instant occurredEnd;
        TimePrecision precision;
        Instant sortAt;
        String countryCode;
        String title;
        String summary;
        final Set<String> marks;

        Changes(Instant occurredStart, Instant occurredEnd, TimePrecision precision, Instant sortAt,
                String countryCode, String title, String summary, Set<String> marks) {
            this.occurredStart = occurredStart;
            this.occurredEnd = occurredEnd;
            this.precision = precision;
            this.sortAt = sortAt;
            this.countryCode = countryCode;
            this.title = title;
            this.summary = summary;
            this.marks = marks;
        }

        /** Moves the entry to a new time window; an unbounded window keeps its place. */
        public Changes occurred(TimeWindow window) {
            occurredStart = window.start();
            occurredEnd = window.end();
            precision = window.precision();
            if (window.sortKey() != null) {
                sortAt = window.sortKey();
            }
            return this;
        }

        public Changes countryCode(String value) {
            countryCode = value;
            return this;
        }

        public Changes title(String value) {
            title = value;
            return this;
        }

        public Changes summary(String value) {
            summary = value;
            return this;
        }

        public Set<String> marks() {
            return marks;
        }

        public Changes mark(String mark) {
            marks.add(mark);
            return this;
        }
    }

    public void deleteAll() {
        history.deleteAll();
        jdbc.update("DELETE FROM timeline_party");
        jdbc.update("DELETE FROM timeline_entry");
    }

    static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    private static Set<String> marks(String joined) {
        return new TreeSet<>(joined.isEmpty() ? List.of() : Arrays.asList(joined.split(",")));
    }
}
