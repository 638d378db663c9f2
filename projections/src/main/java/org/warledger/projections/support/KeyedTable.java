package org.warledger.projections.support;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A read-model table that event handlers write row by row, by key, through the batch's
 * {@link WriteBehind} buffer: its columns and the statements the buffer runs on it. A table with
 * history keeps the versions its rows had before in {@code <name>_history} ({@link RowHistory}).
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

    /**
     * {@code columns}: every column, keys included; {@code last_position} among them guards updates
     * and, in a table with history, is the position of the event that made the row's current
     * version. A table with history also has a {@code valid_from} column, written here from the
     * versions ({@link RowHistory}) and not one of {@code columns}.
     */
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
        if (withHistory && lastPosition < 0) {
            throw new IllegalArgumentException(name + ": a table with history needs a last_position column");
        }
        this.history = withHistory ? new RowHistory(name, columns) : null;
        List<String> stored = new ArrayList<>(columns);
        if (withHistory) {
            stored.add("valid_from");
        }
        String byKey = keys.stream().map(k -> "t." + k + " = ?").collect(Collectors.joining(" AND "));
        this.select = "SELECT " + stored.stream().map(c -> "t." + c).collect(Collectors.joining(", ")) + " FROM "
                + name + " t WHERE " + byKey;
        this.insert = "INSERT INTO " + name + " (" + String.join(", ", stored) + ") VALUES ("
                + String.join(", ", Collections.nCopies(stored.size(), "?")) + ")";
        this.insertIfAbsent = "INSERT INTO " + name + " (" + String.join(", ", stored) + ") SELECT "
                + String.join(", ", Collections.nCopies(stored.size(), "?")) + " FROM (VALUES (1)) AS one (x)"
                + " WHERE NOT EXISTS (SELECT 1 FROM " + name + " WHERE "
                + keys.stream().map(k -> k + " = ?").collect(Collectors.joining(" AND ")) + ")";
        // an update applies only to the row as the batch read it: a row changed meanwhile by another
        // writer fails the batch (see WriteBehind), which is then retried from the store
        List<String> set = names(valueIndexes);
        if (withHistory) {
            set.add("valid_from");
        }
        this.update = set.isEmpty() ? null : "UPDATE " + name + " SET "
                + set.stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
                + " WHERE " + keys.stream().map(k -> k + " = ?").collect(Collectors.joining(" AND "))
                + (lastPosition >= 0 ? " AND last_position = ?" : "");
    }

    /** A table keyed by one column, without history. */
    public static KeyedTable of(String name, String key, List<String> columns) {
        return new KeyedTable(name, List.of(key), columns, false);
    }

    /** A table keyed by one column whose rows keep their earlier versions in {@code <name>_history}. */
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

    /** The parameters of {@link #insert}: the values, then the current version's start if the table has history. */
    Object[] insertParams(Object[] values, Long validFrom) {
        if (history == null) {
            return values;
        }
        Object[] params = Arrays.copyOf(values, values.length + 1);
        params[values.length] = validFrom;
        return params;
    }

    /** The parameters of {@link #update}: new values (and version start), the key, and the row's last position before. */
    Object[] updateParams(Object[] values, Object lastPositionBefore, Long validFrom) {
        List<Object> params = new ArrayList<>(valueIndexes.length + keyIndexes.length + 2);
        for (int i : valueIndexes) {
            params.add(values[i]);
        }
        if (history != null) {
            params.add(validFrom);
        }
        for (int i : keyIndexes) {
            params.add(values[i]);
        }
        if (guarded()) {
            params.add(lastPositionBefore);
        }
        return params.toArray();
    }

    /** The parameters of {@link #insertIfAbsent}: those of {@link #insert}, then the key. */
    Object[] insertIfAbsentParams(Object[] values, Long validFrom) {
        Object[] row = insertParams(values, validFrom);
        Object[] params = Arrays.copyOf(row, row.length + keyIndexes.length);
        for (int i = 0; i < keyIndexes.length; i++) {
            params[row.length + i] = values[keyIndexes[i]];
        }
        return params;
    }

    Object lastPosition(Object[] values) {
        return guarded() ? values[lastPosition] : null;
    }

    /** Reads a row selected by {@link #select}; the current version's start, if any, follows the columns. */
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
