package org.warledger.projections.support;

import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.warledger.projections.support.Jdbc.ReadModelException;
import org.warledger.projections.support.Jdbc.RowMapper;

/**
 * The read-model writes of one event processor batch, held back and written together when the
 * batch commits: a row written several times in the batch is written once, each statement is
 * prepared once and run as one JDBC batch, all on one connection. Reads of a row the batch has
 * already read or written are served from here.
 *
 * <p>The buffer belongs to the Axon unit of work (the processor's batch) and is written in its
 * prepare-commit phase, inside the batch's transaction, so read models and tracking token still
 * commit together; a batch that fails is rolled back and its buffer dropped with it, and the retry
 * starts from the store. Without a unit of work (plain tests) every call writes at once.
 */
public final class WriteBehind {

    private final Jdbc jdbc;
    private final Map<KeyedTable, Map<Object, StagedRow>> tables = new LinkedHashMap<>();
    private final Map<String, List<Object[]>> appended = new LinkedHashMap<>();
    private JdbcSession session;

    private WriteBehind(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs {@code writes} on the current batch's buffer, or, outside a batch, on one written at once. */
    public static <T> T apply(Jdbc jdbc, Function<WriteBehind, T> writes) {
        if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().phase() == UnitOfWork.Phase.STARTED) {
            UnitOfWork<?> batch = CurrentUnitOfWork.get();
            return writes.apply(batch.getOrComputeResource(jdbc.writesKey, k -> attach(jdbc, batch)));
        }
        WriteBehind alone = new WriteBehind(jdbc);
        try {
            T result = writes.apply(alone);
            alone.flush();
            return result;
        } finally {
            alone.close();
        }
    }

    public static void run(Jdbc jdbc, Consumer<WriteBehind> writes) {
        apply(jdbc, w -> {
            writes.accept(w);
            return null;
        });
    }

    private static WriteBehind attach(Jdbc jdbc, UnitOfWork<?> batch) {
        WriteBehind w = new WriteBehind(jdbc);
        batch.onPrepareCommit(u -> {
            try {
                w.flush();
            } finally {
                w.close();
            }
        });
        // ROLLBACK handlers run in reverse order: this closes before the transaction rolls back
        batch.onRollback(u -> w.close());
        batch.onCleanup(u -> w.close());
        return w;
    }

    /** The row with this key as the batch has left it so far, or null; a copy to change and hand back. */
    public Row find(KeyedTable table, Object... key) {
        StagedRow s = staged(table, key);
        return s.values() == null ? null : new Row(table, s.values().clone());
    }

    /** Inserts the row unless one with its key exists (a redelivered creation); true if inserted. */
    public boolean insert(Row row, long position, Instant recordedAt) {
        StagedRow s = staged(row.table(), row.table().key(row.values));
        if (s.values() != null) {
            return false;
        }
        s.write(row.values.clone(), position, recordedAt);
        return true;
    }

    /** As {@link #insert(Row, long, Instant)}, for a table without history. */
    public boolean insert(Row row) {
        return insert(row, 0, null);
    }

    /** Replaces a row found by {@link #find} with {@code row}, written by the event at {@code position}. */
    public void update(Row row, long position, Instant recordedAt) {
        StagedRow s = staged(row.table(), row.table().key(row.values));
        if (s.values() == null) {
            throw new IllegalStateException("no row to update in " + row.table().name());
        }
        s.write(row.values.clone(), position, recordedAt);
    }

    /** A plain statement to run after the batch's rows are written (rows of a child table). */
    public void append(String sql, Object... params) {
        appended.computeIfAbsent(sql, k -> new ArrayList<>()).add(params);
    }

    /** A query that sees every write staged so far (they are written first). */
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        flush();
        return session().query(sql, mapper, params);
    }

    /** Runs a statement after the staged writes, and forgets every row read (a reset deletes them). */
    public void execute(String sql) {
        flush();
        tables.clear();
        session().batch(sql, List.<Object[]>of(new Object[0]));
    }

    private StagedRow staged(KeyedTable table, Object[] key) {
        Object[] stored = new Object[key.length];
        for (int i = 0; i < key.length; i++) {
            stored[i] = key[i] instanceof String s ? Jdbc.storable(s) : key[i];
        }
        Map<Object, StagedRow> rows = tables.computeIfAbsent(table, t -> new HashMap<>());
        Object k = stored.length == 1 ? stored[0] : Arrays.asList(stored);
        StagedRow s = rows.get(k);
        if (s == null) {
            s = load(table, stored);
            rows.put(k, s);
        }
        return s;
    }

    private StagedRow load(KeyedTable table, Object[] key) {
        int open = table.columnCount() + 1;
        List<StagedRow> found = session().query(table.select, rs -> {
            Long openSince = null;
            if (table.history() != null) {
                long v = rs.getLong(open);
                openSince = rs.wasNull() ? null : v;
            }
            return new StagedRow(table, table.read(rs), openSince);
        }, key);
        return found.isEmpty() ? new StagedRow(table, null, null) : found.get(0);
    }

    /** Writes everything staged so far; the rows stay known, as written. */
    void flush() {
        if (tables.values().stream().noneMatch(rows -> rows.values().stream().anyMatch(StagedRow::dirty))
                && appended.isEmpty()) {
            return;
        }
        JdbcSession db = session();
        for (Map.Entry<KeyedTable, Map<Object, StagedRow>> entry : tables.entrySet()) {
            KeyedTable t = entry.getKey();
            List<Object[]> inserts = new ArrayList<>();
            List<Object[]> updates = new ArrayList<>();
            List<Object[]> closes = new ArrayList<>();
            List<Object[]> versions = new ArrayList<>();
            for (StagedRow s : entry.getValue().values()) {
                s.stage(inserts, updates, closes, versions);
            }
            expectOne(t.insert, db.batch(t.insert, inserts));
            expectOne(t.update, db.batch(t.update, updates));
            if (t.history() != null) {
                // closes first: the new versions' last one is open too
                db.batch(t.history().close, closes);
                db.batch(t.history().insert, versions);
            }
        }
        appended.forEach(db::batch);
        appended.clear();
        tables.values().forEach(rows -> rows.values().forEach(StagedRow::written));
    }

    /** Each statement must have changed its one row; else the row changed under us and the batch is retried. */
    private static void expectOne(String sql, int[] counts) {
        for (int c : counts) {
            if (c != 1 && c != Statement.SUCCESS_NO_INFO) {
                throw new ReadModelException("row changed by another writer since it was read: " + sql);
            }
        }
    }

    private JdbcSession session() {
        if (session == null) {
            session = jdbc.open();
        }
        return session;
    }

    private void close() {
        if (session != null) {
            JdbcSession s = session;
            session = null;
            s.close();
        }
    }
}
