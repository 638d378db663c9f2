package org.warledger.projections.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Keeps every version of a read model's rows so that queries can ask "as recorded by T" without
 * a replay. A history table {@code <table>_history} has the table's columns plus
 * {@code version_position} (the event that made the version), {@code valid_from} and
 * {@code valid_to} (epoch millis of the recording time of that event and of the next one; null
 * while current). Each write of a row that applies makes a new version holding the row's values
 * as written, and closes the version open until then. The version valid at T is the one with
 * {@code valid_from <= T AND (valid_to IS NULL OR valid_to > T)}.
 *
 * <p>Recording times can run slightly backwards between concurrent writers; a version never
 * starts before the one it replaces, so versions never overlap.
 *
 * <p>The writer hands over the values it wrote, so no version is copied back out of the table:
 * the versions of a row made within one batch are known in memory, and the store is only asked
 * for the start of the version open before the batch (together with the row itself, see
 * {@link KeyedTable}). Writing them is one update closing that version and one insert per new
 * version, each new version already closed by the next one.
 */
public final class RowHistory {

    private final String table;
    private final List<String> keys;
    final String close;
    final String insert;

    RowHistory(String table, List<String> keys, List<String> columns) {
        this.table = table + "_history";
        this.keys = keys;
        this.close = "UPDATE " + this.table + " SET valid_to = ? WHERE "
                + keys.stream().map(k -> k + " = ?").collect(Collectors.joining(" AND ")) + " AND valid_to IS NULL";
        this.insert = "INSERT INTO " + this.table + " (" + String.join(", ", columns)
                + ", version_position, valid_from, valid_to) VALUES ("
                + String.join(", ", Collections.nCopies(columns.size() + 3, "?")) + ")";
    }

    String table() {
        return table;
    }

    /** The start of the open version of the row aliased {@code alias}, as a scalar subquery (null if none). */
    String openSince(String alias) {
        return "(SELECT MAX(h.valid_from) FROM " + table + " h WHERE "
                + keys.stream().map(k -> "h." + k + " = " + alias + "." + k).collect(Collectors.joining(" AND "))
                + " AND h.valid_to IS NULL)";
    }

    /** The condition selecting the versions valid at {@code asOf}, for a history table aliased {@code alias}. */
    public static String validAt(String alias) {
        return alias + ".valid_from <= ? AND (" + alias + ".valid_to IS NULL OR " + alias + ".valid_to > ?)";
    }

    /** The versions of one row made in this batch, not yet written. */
    static final class Versions {

        private record Version(Object[] values, long position, long validFrom) {
        }

        private Long openSince;
        private final List<Version> pending = new ArrayList<>(2);

        /** {@code openSince}: valid_from of the version open in the store, null if there is none. */
        Versions(Long openSince) {
            this.openSince = openSince;
        }

        void add(Object[] values, long position, Instant recordedAt) {
            Long previous = openSince;
            if (!pending.isEmpty()) {
                previous = pending.get(pending.size() - 1).validFrom;
            }
            long from = previous == null ? recordedAt.toEpochMilli() : Math.max(previous, recordedAt.toEpochMilli());
            pending.add(new Version(values, position, from));
        }

        /** Adds the parameters of the close (if a version is open in the store) and of each insert. */
        void stage(Object[] key, List<Object[]> closes, List<Object[]> inserts) {
            if (pending.isEmpty()) {
                return;
            }
            if (openSince != null) {
                Object[] params = new Object[key.length + 1];
                params[0] = pending.get(0).validFrom;
                System.arraycopy(key, 0, params, 1, key.length);
                closes.add(params);
            }
            for (int i = 0; i < pending.size(); i++) {
                Version v = pending.get(i);
                Object[] params = new Object[v.values.length + 3];
                System.arraycopy(v.values, 0, params, 0, v.values.length);
                params[v.values.length] = v.position;
                params[v.values.length + 1] = v.validFrom;
                params[v.values.length + 2] = i + 1 < pending.size() ? pending.get(i + 1).validFrom : null;
                inserts.add(params);
            }
        }

        /** The staged versions are in the store now; the last one is the open one. */
        void written() {
            if (!pending.isEmpty()) {
                openSince = pending.get(pending.size() - 1).validFrom;
                pending.clear();
            }
        }
    }
}
