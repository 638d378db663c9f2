package org.warledger.projections.support;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A read-model table of JSON documents keyed by an id, with a {@code last_position} column that
 * makes every write idempotent: a creation inserts once, and a change applies only if the row has
 * not yet seen the event's position. Extra columns (for filtering) are written alongside. Writes go
 * through the batch's {@link WriteBehind} buffer.
 */
public final class DocTable<T> {

    private final Jdbc jdbc;
    private final KeyedTable table;
    private final String key;
    private final Class<T> type;

    /** {@code table}: keyed by one column, with {@code doc} and {@code last_position} columns. */
    public DocTable(Jdbc jdbc, KeyedTable table, Class<T> type) {
        this.jdbc = jdbc;
        this.table = table;
        this.key = table.key();
        this.type = type;
        table.index("doc");
        table.index("last_position");
    }

    /** Inserts the document unless the row exists (a redelivered creation). */
    public void insert(String id, long position, T doc, Map<String, Object> columns) {
        insert(id, position, null, doc, columns, WriteBehind.Children.NONE);
    }

    /**
     * As {@link #insert(String, long, Object, Map)}, with rows of a child table written only if the
     * document is; {@code recordedAt} starts the row's first version.
     */
    public void insert(String id, long position, Instant recordedAt, T doc, Map<String, Object> columns,
                       WriteBehind.Children children) {
        Row row = table.newRow().set(key, id);
        columns.forEach(row::set);
        row.set("doc", Json.write(doc)).set("last_position", position);
        WriteBehind.run(jdbc, w -> w.insert(row, position, recordedAt, children));
    }

    /** Applies {@code change} once per event position; returns the new document, or null if skipped. */
    public T change(String id, long position, UnaryOperator<T> change) {
        return change(id, position, null, change, doc -> Map.of());
    }

    /**
     * As {@link #change(String, long, UnaryOperator)}, also rewriting columns derived from the new
     * document; {@code recordedAt} starts the row's new version.
     */
    public T change(String id, long position, Instant recordedAt, UnaryOperator<T> change,
                    Function<T, Map<String, Object>> columns) {
        return WriteBehind.apply(jdbc, w -> {
            Row row = w.find(table, id);
            if (row == null || row.number("last_position") >= position) {
                return null;
            }
            T next = change.apply(w.parsed(table, id, row.text("doc"), text -> Json.read(text, type)));
            columns.apply(next).forEach(row::set);
            row.set("doc", Json.write(next)).set("last_position", position);
            w.update(row, position, recordedAt);
            w.parsedAs(table, id, row.text("doc"), next);
            return next;
        });
    }

    /** Column values in order, nulls allowed: {@code columns("conflict_key", key, "operation", null)}. */
    public static Map<String, Object> columns(Object... namesAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return out;
    }

    /** The document, or null if there is none (as committed: for queries, not handlers). */
    public T find(String id) {
        return jdbc.queryOne("SELECT doc FROM " + table.name() + " WHERE " + key + " = ?",
                rs -> Json.read(rs.getString(1), type), id);
    }

    /** Asks for every document to be deleted before {@code group} replays ({@link ReadModelResets}). */
    public void requestReset(String group) {
        table.requestReset(jdbc, group);
    }
}
