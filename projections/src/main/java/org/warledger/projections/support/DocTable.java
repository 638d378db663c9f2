package org.warledger.projections.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A read-model table of JSON documents keyed by an id, with a {@code last_position} column that
 * makes every write idempotent: a creation inserts once, and a change applies only if the row has
 * not yet seen the event's position. Extra columns (for filtering) are written alongside.
 */
public final class DocTable<T> {

    private final Jdbc jdbc;
    private final String table;
    private final String key;
    private final Class<T> type;

    public DocTable(Jdbc jdbc, String table, String key, Class<T> type) {
        this.jdbc = jdbc;
        this.table = table;
        this.key = key;
        this.type = type;
    }

    /** Inserts the document unless the row exists (a redelivered creation); true if inserted. */
    public boolean insert(String id, long position, T doc, Map<String, Object> columns) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(key, id);
        values.putAll(columns);
        values.put("doc", Json.write(doc));
        values.put("last_position", position);
        List<Object> params = new ArrayList<>(values.values());
        params.add(id);
        return jdbc.update("INSERT INTO " + table + " (" + String.join(", ", values.keySet()) + ") SELECT "
                + String.join(", ", Collections.nCopies(values.size(), "?")) + " FROM (VALUES (1)) AS one (x) "
                + "WHERE NOT EXISTS (SELECT 1 FROM " + table + " WHERE " + key + " = ?)", params.toArray()) == 1;
    }

    /** Applies {@code change} once per event position; returns the new document, or null if skipped. */
    public T change(String id, long position, UnaryOperator<T> change) {
        return change(id, position, change, doc -> Map.of());
    }

    /** As {@link #change(String, long, UnaryOperator)}, also rewriting columns derived from the new document. */
    public T change(String id, long position, UnaryOperator<T> change, Function<T, Map<String, Object>> columns) {
        T current = jdbc.queryOne("SELECT doc FROM " + table + " WHERE " + key + " = ? AND last_position < ?",
                rs -> Json.read(rs.getString(1), type), id, position);
        if (current == null) {
            return null;
        }
        T next = change.apply(current);
        Map<String, Object> values = new LinkedHashMap<>(columns.apply(next));
        values.put("doc", Json.write(next));
        values.put("last_position", position);
        List<Object> params = new ArrayList<>(values.values());
        params.add(id);
        params.add(position);
        jdbc.update("UPDATE " + table + " SET " + String.join(", ", values.keySet().stream().map(c -> c + " = ?").toList())
                + " WHERE " + key + " = ? AND last_position < ?", params.toArray());
        return next;
    }

    /** Column values in order, nulls allowed: {@code columns("conflict_key", key, "operation", null)}. */
    public static Map<String, Object> columns(Object... namesAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return out;
    }

    /** The document, or null if there is none. */
    public T find(String id) {
        return jdbc.queryOne("SELECT doc FROM " + table + " WHERE " + key + " = ?", rs -> Json.read(rs.getString(1), type),
                id);
    }

    public void deleteAll() {
        jdbc.update("DELETE FROM " + table);
    }
}
