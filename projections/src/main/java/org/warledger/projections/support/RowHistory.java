package org.warledger.projections.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Keeps every version of a read model's rows so that queries can ask "as recorded by T" without
 * a replay. The table itself holds each row's current version and, in {@code valid_from}, the
 * recording time (epoch millis) of the event that made it. A history table {@code <table>_history}
 * holds the versions that were replaced: the table's columns plus {@code version_position} (the
 * event that made the version) and {@code valid_from} / {@code valid_to} (the recording times of
 * that event and of the one that replaced it). A row that is never changed has no version in the
 * history, so creating it writes nothing there. The version valid at T is the current one if it
 * started by T, else the replaced one with {@code valid_from <= T < valid_to} ({@link #versionsAt}).
 *
 * <p>Recording times can run slightly backwards between concurrent writers; a version never
 * starts before the one it replaces, so versions never overlap.
 *
 * <p>The writer hands over the values it wrote, so no version is copied back out of the store:
 * the current version is what the batch read (or wrote last), and the versions a batch makes are
 * known in memory. Writing them is one insert into the history per version replaced, with the row's
 * own insert or update.
 */
public final class RowHistory {

    private final String table;
    final String insert;

    RowHistory(String table, List<String> columns) {
        this.table = table + "_history";
        this.insert = "INSERT INTO " + this.table + " (" + String.join(", ", columns)
                + ", version_position, valid_from, valid_to) VALUES ("
                + String.join(", ", Collections.nCopies(columns.size() + 3, "?")) + ")";
    }

    String table() {
        return table;
    }

    /**
     * The versions of {@code table}'s rows that were current at a recording time T, as a derived
     * table of {@code columns} (comma-separated): current rows that started by T, and replaced
     * versions current at T. {@code where} narrows both (for their indexes); its parameters come
     * twice, each time followed by T's: {@code where..., T, where..., T, T}.
     */
    public static String versionsAt(String table, String columns, String where) {
        return "(SELECT " + columns + " FROM " + table + " WHERE " + where + " AND valid_from <= ?"
                + " UNION ALL SELECT " + columns + " FROM " + table + "_history WHERE " + where
                + " AND valid_from <= ? AND valid_to > ?)";
    }

    /** The parameters of {@link #versionsAt}: {@code where}'s, then T's. */
    public static List<Object> versionsAtParams(List<Object> whereParams, Instant asOf) {
        long t = asOf.toEpochMilli();
        List<Object> out = new ArrayList<>(whereParams);
        out.add(t);
        out.addAll(whereParams);
        out.add(t);
        out.add(t);
        return out;
    }

    /** A row's current version as the store holds it, and the versions the batch made since. */
    static final class Versions {

        private record Version(Object[] values, long position, long validFrom) {
        }

        /** The version the store holds as current; null if the row is not stored. */
        private Version stored;
        private final List<Version> pending = new ArrayList<>(2);

        /** {@code values}, {@code position} and {@code validFrom} of the stored row; values null if there is none. */
        Versions(Object[] values, Object position, Long validFrom) {
            this.stored = values == null ? null : new Version(values, ((Number) position).longValue(), validFrom);
        }

        void add(Object[] values, long position, Instant recordedAt) {
            Version previous = current();
            long from = previous == null ? recordedAt.toEpochMilli()
                    : Math.max(previous.validFrom, recordedAt.toEpochMilli());
            pending.add(new Version(values, position, from));
        }

        /** The start of the row's current version: the last one made, else the stored one. */
        Long validFrom() {
            Version current = current();
            return current == null ? null : current.validFrom;
        }

        /** The row's current version: the last one made, else the stored one; null if neither. */
        private Version current() {
            return pending.isEmpty() ? stored : pending.get(pending.size() - 1);
        }

        /** Adds the parameters of a history insert for each version replaced since the store's. */
        void stage(List<Object[]> inserts) {
            if (pending.isEmpty()) {
                return;
            }
            List<Version> chain = new ArrayList<>(pending.size() + 1);
            if (stored != null) {
                chain.add(stored);
            }
            chain.addAll(pending);
            for (int i = 0; i + 1 < chain.size(); i++) {
                Version v = chain.get(i);
                Object[] params = new Object[v.values.length + 3];
                System.arraycopy(v.values, 0, params, 0, v.values.length);
                params[v.values.length] = v.position;
                params[v.values.length + 1] = v.validFrom;
                params[v.values.length + 2] = chain.get(i + 1).validFrom;
                inserts.add(params);
            }
        }

        /** The staged versions are in the store now; the last one is the current one. */
        void written() {
            if (!pending.isEmpty()) {
                stored = pending.get(pending.size() - 1);
                pending.clear();
            }
        }
    }
}
