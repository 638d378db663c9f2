package org.warledger.projections.timeline;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.warledger.domain.common.TimePrecision;
import org.warledger.domain.common.TimeWindow;
import org.warledger.projections.support.Jdbc;
import org.warledger.projections.support.KeyedTable;
import org.warledger.projections.support.ReadModelResets;
import org.warledger.projections.support.Row;
import org.warledger.projections.support.RowHistory;
import org.warledger.projections.support.WriteBehind;
import org.warledger.projections.support.WriteBehind.Children;

/**
 * Writes the timeline read model. Every write is idempotent: an entry is inserted once, and an
 * update carries the global position of its event and applies only if the row has not seen it.
 * Each write that applies also records a version of the row ({@link RowHistory}) valid from the
 * event's recording time, for "as recorded by" queries. Writes go through the batch's
 * {@link WriteBehind} buffer.
 */
public class TimelineStore {

    static final List<String> COLUMNS = List.of("entry_id", "conflict_key", "kind", "entity_id", "sort_at",
            "occurred_start", "occurred_end", "time_precision", "country_code", "title", "summary", "marks",
            "recorded_at", "position", "last_position", "parties");
    static final KeyedTable ENTRIES = KeyedTable.withHistory("timeline_entry", "entry_id", COLUMNS);

    private final Jdbc jdbc;

    public TimelineStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(TimelineEntry e) {
        Row row = ENTRIES.newRow().set("entry_id", e.entryId()).set("conflict_key", e.conflictKey())
                .set("kind", e.kind().name()).set("entity_id", e.entityId()).set("sort_at", e.sortAt().toEpochMilli())
                .set("occurred_start", millis(e.occurredStart())).set("occurred_end", millis(e.occurredEnd()))
                .set("time_precision", e.precision().name()).set("country_code", e.countryCode())
                .set("title", e.title()).set("summary", e.summary()).set("marks", String.join(",", e.marks()))
                .set("recorded_at", e.recordedAt().toEpochMilli()).set("position", e.position())
                .set("last_position", e.position()).set("parties", joinParties(e.parties()));
        WriteBehind.run(jdbc, w -> w.insert(row, e.position(), e.recordedAt(), Children.NONE));
    }

    /** The party keys of an entry, in key order; empty if there is no such entry. */
    public List<String> parties(String entryId) {
        return WriteBehind.apply(jdbc, w -> {
            Row row = w.find(ENTRIES, entryId);
            return row == null ? List.of() : splitParties(row.text("parties"));
        });
    }

    /**
     * The {@code parties} column: the distinct party keys in key order, joined by commas (keys are
     * registered party keys, which hold no comma).
     */
    static String joinParties(List<String> parties) {
        return String.join(",", new TreeSet<>(parties));
    }

    static List<String> splitParties(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    /**
     * Changes the mutable parts of an entry, once per event: skipped if the entry does not exist or
     * has already seen {@code position}. {@code recordedAt} is the event's recording time, from
     * which the new version of the entry is valid.
     */
    public void update(String entryId, long position, Instant recordedAt, Consumer<Changes> change) {
        WriteBehind.run(jdbc, w -> {
            Row row = w.find(ENTRIES, entryId);
            if (row == null || row.number("last_position") >= position) {
                return;
            }
            Changes c = new Changes(instant(row.number("occurred_start")), instant(row.number("occurred_end")),
                    TimePrecision.valueOf(row.text("time_precision")), Instant.ofEpochMilli(row.number("sort_at")),
                    row.text("country_code"), row.text("title"), row.text("summary"), marks(row.text("marks")));
            change.accept(c);
            row.set("occurred_start", millis(c.occurredStart)).set("occurred_end", millis(c.occurredEnd))
                    .set("time_precision", c.precision.name()).set("sort_at", c.sortAt.toEpochMilli())
                    .set("country_code", c.countryCode).set("title", c.title).set("summary", c.summary)
                    .set("marks", String.join(",", c.marks)).set("last_position", position);
            w.update(row, position, recordedAt);
        });
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

    /** Asks for every entry and version to be deleted before the timeline replays ({@link ReadModelResets}). */
    public void requestReset() {
        ENTRIES.requestReset(jdbc, TimelineProjection.GROUP);
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
