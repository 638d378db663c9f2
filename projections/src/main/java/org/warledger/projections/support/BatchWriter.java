package org.warledger.projections.support;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warledger.projections.support.Jdbc.ReadModelException;

/** Writes what a {@link WriteBehind} buffer staged: per table, each kind of statement as one JDBC batch. */
final class BatchWriter {

    private BatchWriter() {
    }

    static void write(JdbcSession db, Map<KeyedTable, Map<Object, StagedRow>> tables) {
        tables.forEach((table, rows) -> write(db, table, rows));
    }

    private static void write(JdbcSession db, KeyedTable t, Map<Object, StagedRow> rows) {
        insertUnread(db, t, rows);
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> versions = new ArrayList<>();
        Map<String, List<Object[]>> children = new LinkedHashMap<>();
        for (StagedRow r : rows.values()) {
            if (!r.dirty()) {
                continue;
            }
            if (r.known()) {
                if (r.stored()) {
                    updates.add(t.updateParams(r.values(), r.storedLastPosition(), r.validFrom()));
                } else {
                    inserts.add(t.insertParams(r.values(), r.validFrom()));
                }
            }
            if (r.versions() != null) {
                r.versions().stage(versions);
            }
            if (!r.children().rows().isEmpty()) {
                children.computeIfAbsent(r.children().sql(), k -> new ArrayList<>()).addAll(r.children().rows());
            }
        }
        expectOne(t.insert, db.batch(t.insert, inserts));
        expectOne(t.update, db.batch(t.update, updates));
        if (t.history() != null) {
            db.batch(t.history().insert, versions);
        }
        children.forEach(db::batch);
        rows.values().forEach(StagedRow::written);
    }

    /**
     * Creations staged without reading the store: each is inserted unless its row exists, as its
     * update count tells. A row that existed is forgotten with its versions and children (it is
     * read if the batch needs it again).
     */
    private static void insertUnread(JdbcSession db, KeyedTable t, Map<Object, StagedRow> rows) {
        List<Object> keys = new ArrayList<>();
        List<Object[]> params = new ArrayList<>();
        rows.forEach((key, r) -> {
            if (r.dirty() && !r.known()) {
                keys.add(key);
                params.add(t.insertIfAbsentParams(r.values(), r.validFrom()));
            }
        });
        int[] counts = db.batch(t.insertIfAbsent, params);
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                rows.remove(keys.get(i));
            } else if (counts[i] != 1) {
                throw new ReadModelException("no update count from the driver, so the batch cannot tell which rows"
                        + " it created: " + t.insertIfAbsent);
            }
        }
    }

    /** Each statement must have changed its one row; else the row changed under us and the batch is retried. */
    private static void expectOne(String sql, int[] counts) {
        for (int c : counts) {
            if (c != 1 && c != Statement.SUCCESS_NO_INFO) {
                throw new ReadModelException("row changed by another writer since it was read: " + sql);
            }
        }
    }
}
