package org.warledger.projections.support;

import java.time.Instant;
import java.util.List;

/**
 * Keeps every version of a read model's rows so that queries can ask "as recorded by T" without
 * a replay. A history table {@code <table>_history} has the table's columns plus
 * {@code version_position} (the event that made the version), {@code valid_from} and
 * {@code valid_to} (epoch millis of the recording time of that event and of the next one; null
 * while current). After each write of a row, the store calls {@link #record}: it closes the open
 * version and copies the row as the new one. The version valid at T is the one with
 * {@code valid_from <= T AND (valid_to IS NULL OR valid_to > T)}.
 *
 * <p>Recording times can run slightly backwards between concurrent writers; a version never
 * starts before the one it replaces, so versions never overlap.
 */
public final class RowHistory {

    private final Jdbc jdbc;
    private final String table;
    private final String key;
    private final String columns;

    /** {@code columns}: the columns of {@code table} to copy, including {@code key}. */
    public RowHistory(Jdbc jdbc, String table, String key, List<String> columns) {
        this.jdbc = jdbc;
        this.table = table;
        this.key = key;
        this.columns = String.join(", ", columns);
    }

    /** Records the current state of row {@code id}, written by the event at {@code position}. */
    public void record(String id, long position, Instant recordedAt) {
        Long openedAt = jdbc.queryOne("SELECT valid_from FROM " + table + "_history WHERE " + key
                + " = ? AND valid_to IS NULL", rs -> rs.getLong(1), id);
        long from = openedAt == null ? recordedAt.toEpochMilli() : Math.max(openedAt, recordedAt.toEpochMilli());
        if (openedAt != null) {
            jdbc.update("UPDATE " + table + "_history SET valid_to = ? WHERE " + key + " = ? AND valid_to IS NULL",
                    from, id);
        }
        jdbc.update("INSERT INTO " + table + "_history (" + columns + ", version_position, valid_from, valid_to) "
                + "SELECT " + columns + ", ?, ?, NULL FROM " + table + " WHERE " + key + " = ?", position, from, id);
    }

    /** The condition selecting the versions valid at {@code asOf}, for a history table aliased {@code alias}. */
    public static String validAt(String alias) {
        return alias + ".valid_from <= ? AND (" + alias + ".valid_to IS NULL OR " + alias + ".valid_to > ?)";
    }

    /** Forgets all versions (for a reset before a replay). */
    public void deleteAll() {
        jdbc.update("DELETE FROM " + table + "_history");
    }
}
