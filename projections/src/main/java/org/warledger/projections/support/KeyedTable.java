package org.warledger.projections.support;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A read-model table that event handlers write row by row, by key, through the batch's
 * {@link WriteBehind} buffer: its columns and the statements the buffer runs on it. A table with
 * history keeps every version of its rows in {@code <name>_history} ({@link RowHistory}).
 */
public final class KeyedTable {

    private final String name;
    private final List<String> keys;
    private final List<String> columns;
    private final Map<String, Integer> index = new HashMap<>();
    private final int[] keyIndexes;
    private final int[] valueIndexes;
    private final int lastPosition;
    private final RowHistory history;
    final String select;
    final String insert;
    final String insertIfAbsent;
    final String update;

    /** {@code columns}: every column, keys included; {@code last_position} among them guards updates. */
    public KeyedTable(String name, List<String> keys, List<String> columns, boolean withHistory) {
        this.name = name;
        this.keys = List.copyOf(keys);
        this.columns = List.copyOf(columns);
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i), i);
        }
        this.keyIndexes = keys.stream().mapToInt(this::index).toArray();
        this.valueIndexes = columns.stream().filter(c -> !keys.contains(c)).mapToInt(this::index).toArray();
        this.lastPosition = columns.indexOf("last_position");
        this.history = withHistory ? new RowHistory(name, keys, columns) : null;
        String byKey = keys.stream().map(k -> "t." + k + " = ?").collect(Collectors.joining(" AND "));
        this.select = "SELECT " + columns.stream().map(c -> "t." + c).collect(Collectors.joining(", "))
                + (withHistory ? ", " + history.openSince("t") : "") + " FROM " + name + " t WHERE " + byKey;
        this.insert = "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        this.insertIfAbsent = "INSERT INTO " + name + " (" + String.join(", ", columns) + ") SELECT "
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + " FROM (VALUES (1)) AS one (x)"
                + " WHERE NOT EXISTS (SELECT 1 FROM " + name + " WHERE "
                + keys.stream().map(k -> k + " = ?").collect(Collectors.joining(" AND ")) + ")";
        // an update applies only to the row as the batch read it: a row changed meanwhile by another
        // writer fails the batch (see WriteBehind), which is then retried from the store
        this.update = valueIndexes.length == 0 ? null : "UPDATE " + name + " SET "
                + names(valueIndexes).stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
                + " WHERE " + keys.stream().map(k -> k + " = ?").collect(Collectors.joining(" AND "))
                + (lastPosition >= 0 ? " AND last_position = ?" : "");
    }

    /** A table keyed by one column, without history. */
    public static KeyedTable of(String name, String key, List<String> columns) {
        return new KeyedTable(name, List.of(key), columns, false);
    }

    /** A table keyed by one column whose rows keep their versions in {@code <name>_history}. */
    public static KeyedTable withHistory(String name, String key, List<String> columns) {
        return new KeyedTable(name, List.of(key), columns, true);
    }

    public String name() {
        return name;
    }

    /** The key column of a table keyed by one column. */
    public String key() {
        if (keys.size() != 1) {
            throw new IllegalStateException(name + " is keyed by " + keys);
        }
        return keys.get(0);
    }

    /** The table and its history table, if it has one: what a reset of the read model empties. */
    public List<String> tables() {
        return history == null ? List.of(name) : List.of(name, history.table());
    }

    /** Asks for every row and every version to be deleted before {@code group} replays ({@link ReadModelResets}). */
    public void requestReset(Jdbc jdbc, String group) {
        ReadModelResets.request(jdbc, group, tables());
    }

    /** A row of this table with every column null. */
    public Row newRow() {
        return new Row(this, new Object[columns.size()]);
    }

    int index(String column) {
        Integer i = index.get(column);
        if (i == null) {
            throw new IllegalArgumentException(name + " has no column " + column);
        }
        return i;
    }

    int columnCount() {
        return columns.size();
    }

    RowHistory history() {
        return history;
    }

    boolean guarded() {
        return lastPosition >= 0;
    }

    Object[] key(Object[] values) {
        Object[] key = new Object[keyIndexes.length];
        for (int i = 0; i < key.length; i++) {
            key[i] = values[keyIndexes[i]];
        }
        return key;
    }

    /** The parameters of {@link #update}: new values, the key, and the last position the row had. */
    Object[] updateParams(Object[] values, Object lastPositionBefore) {
        List<Object> params = new ArrayList<>(valueIndexes.length + keyIndexes.length + 1);
        for (int i : valueIndexes) {
            params.add(values[i]);
        }
        for (int i : keyIndexes) {
            params.add(values[i]);
        }
        if (guarded()) {
            params.add(lastPositionBefore);
        }
        return params.toArray();
    }

    /** The parameters of {@link #insertIfAbsent}: the values, then the key. */
    Object[] insertIfAbsentParams(Object[] values) {
        Object[] params = new Object[values.length + keyIndexes.length];
        System.arraycopy(values, 0, params, 0, values.length);
        for (int i = 0; i < keyIndexes.length; i++) {
            params[values.length + i] = values[keyIndexes[i]];
        }
        return params;
    }

    Object lastPosition(Object[] values) {
        return guarded() ? values[lastPosition] : null;
    }

    /** Reads a row selected by {@link #select}; the open version's start, if any, follows the columns. */
    Object[] read(ResultSet rs) throws SQLException {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = rs.getObject(i + 1);
        }
        return values;
    }

    private List<String> names(int[] indexes) {
        List<String> out = new ArrayList<>(indexes.length);
        for (int i : indexes) {
            out.add(columns.get(i));
        }
        return out;
    }
}
