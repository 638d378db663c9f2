package org.warledger.projections.support;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The read-model writes of one event processor batch, held back and written together when the
 * batch commits: a row written several times in the batch is written once, each statement is
 * prepared once and run as one JDBC batch, all on one connection. A row is read from the store at
 * most once per batch, and only when a change needs its values: a creation is inserted if absent
 * without reading first. Reads of a row the batch has already read or written are served from here.
 *
 * <p>The buffer belongs to the Axon unit of work (the processor's batch) and is written in its
 * prepare-commit phase, inside the batch's transaction, so read models and tracking token still
 * commit together; a batch that fails is rolled back and its buffer dropped with it, and the retry
 * starts from the store. Without a unit of work (plain tests) every call writes at once.
 */
public final class WriteBehind {

    private final Jdbc jdbc;
    private final Map<KeyedTable, Map<Object, StagedRow>> tables = new LinkedHashMap<>();
    /** Per table and key: a column's text and the value parsed from it (see {@link #parsed}). */
    private final Map<KeyedTable, Map<Object, Parsed>> parsed = new HashMap<>();
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

    /** Rows of a child table, written with a row's creation and only if the row is created. */
    public record Children(String sql, List<Object[]> rows) {
        public static final Children NONE = new Children(null, List.of());
    }

    /** The row with this key as the batch has left it so far, or null; a copy to change and hand back. */
    public Row find(KeyedTable table, Object... key) {
        StagedRow s = staged(table, storedKey(key));
        return s.values() == null ? null : new Row(table, s.values().clone());
    }

    /**
     * Inserts the row with its children unless one with its key exists (a redelivered creation).
     * The store is not asked first: whether the row existed is learnt from the insert itself.
     */
    public void insert(Row row, long position, Instant recordedAt, Children children) {
        KeyedTable table = row.table();
        Object[] key = storedKey(table.key(row.values));
        Map<Object, StagedRow> rows = rows(table);
        if (!rows.containsKey(mapKey(key))) {
            rows.put(mapKey(key), StagedRow.unread(table, row.values.clone(), position, recordedAt, children));
            return;
        }
        StagedRow s = staged(table, key);
        if (s.values() == null) {
            s.create(row.values.clone(), position, recordedAt, children);
        }
    }

    /** As {@link #insert(Row, long, Instant, Children)}, for a table without history or children. */
    public void insert(Row row) {
        insert(row, 0, null, Children.NONE);
    }

    /** Replaces a row found by {@link #find} with {@code row}, written by the event at {@code position}. */
    public void update(Row row, long position, Instant recordedAt) {
        StagedRow s = staged(row.table(), storedKey(row.table().key(row.values)));
        if (s.values() == null) {
            throw new IllegalStateException("no row to update in " + row.table().name());
        }
        s.write(row.values.clone(), position, recordedAt);
    }

    private record Parsed(String text, Object value) {
    }

    /**
     * The value {@code parse} makes of {@code text}, a column of the row with this key: parsed once
     * per batch while the row keeps that very text (a document changed by every event of a batch is
     * read once, not once per event). Values must not be changed in place.
     */
    @SuppressWarnings("unchecked")
    public <T> T parsed(KeyedTable table, Object key, String text, Function<String, T> parse) {
        Parsed p = parsed(table).get(parsedKey(key));
        if (p != null && p.text() == text) {
            return (T) p.value();
        }
        T value = parse.apply(text);
        parsedAs(table, key, text, value);
        return value;
    }

    /** Records that {@code text}, now written to the row with this key, parses to {@code value}. */
    public void parsedAs(KeyedTable table, Object key, String text, Object value) {
        parsed(table).put(parsedKey(key), new Parsed(text, value));
    }

    private Map<Object, Parsed> parsed(KeyedTable table) {
        return parsed.computeIfAbsent(table, t -> new HashMap<>());
    }

    private static Object parsedKey(Object key) {
        return mapKey(storedKey(new Object[] {key}));
    }

    private Map<Object, StagedRow> rows(KeyedTable table) {
        return tables.computeIfAbsent(table, t -> new HashMap<>());
    }

    /** The row as the batch knows it, read from the store if the batch has not read it yet. */
    private StagedRow staged(KeyedTable table, Object[] key) {
        Map<Object, StagedRow> rows = rows(table);
        StagedRow s = rows.get(mapKey(key));
        if (s == null) {
            s = read(table, key);
            rows.put(mapKey(key), s);
        } else if (!s.known()) {
            s.learn(read(table, key));
        }
        return s;
    }

    private StagedRow read(KeyedTable table, Object[] key) {
        int validFromColumn = table.columnCount() + 1;
        List<StagedRow> found = session().query(table.select, rs -> {
            Long validFrom = null;
            if (table.history() != null) {
                long v = rs.getLong(validFromColumn);
                validFrom = rs.wasNull() ? null : v;
            }
            return StagedRow.read(table, table.read(rs), validFrom);
        }, key);
        return found.isEmpty() ? StagedRow.read(table, null, null) : found.get(0);
    }

    /** Keys as the store keeps them, so that two spellings of one stored key are one row here too. */
    private static Object[] storedKey(Object[] key) {
        Object[] stored = new Object[key.length];
        for (int i = 0; i < key.length; i++) {
            stored[i] = key[i] instanceof String s ? Jdbc.storable(s) : key[i];
        }
        return stored;
    }

    private static Object mapKey(Object[] key) {
        return key.length == 1 ? key[0] : Arrays.asList(key);
    }

    /** Writes everything staged so far; the rows stay known, as written. */
    void flush() {
        if (tables.values().stream().anyMatch(rows -> rows.values().stream().anyMatch(StagedRow::dirty))) {
            BatchWriter.write(session(), tables);
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
