package org.warledger.projections.support;

import java.time.Instant;
import java.util.List;

/** One row as a {@link WriteBehind} buffer knows it: as stored, and as the batch has written it since. */
final class StagedRow {

    private final KeyedTable table;
    private Object[] values;
    private boolean stored;
    private Object storedLastPosition;
    private boolean dirty;
    private final RowHistory.Versions versions;

    /** {@code values}: the row as read from the store, null if there is none. */
    StagedRow(KeyedTable table, Object[] values, Long openSince) {
        this.table = table;
        this.values = values;
        this.stored = values != null;
        this.storedLastPosition = values == null ? null : table.lastPosition(values);
        this.versions = table.history() == null ? null : new RowHistory.Versions(openSince);
    }

    Object[] values() {
        return values;
    }

    boolean dirty() {
        return dirty;
    }

    void write(Object[] newValues, long position, Instant recordedAt) {
        values = newValues;
        dirty = true;
        if (versions != null) {
            versions.add(newValues, position, recordedAt);
        }
    }

    /** Adds this row's statements: one insert or update for its last values, and its new versions. */
    void stage(List<Object[]> inserts, List<Object[]> updates, List<Object[]> closes, List<Object[]> newVersions) {
        if (!dirty) {
            return;
        }
        if (stored) {
            updates.add(table.updateParams(values, storedLastPosition));
        } else {
            inserts.add(values);
        }
        if (versions != null) {
            versions.stage(table.key(values), closes, newVersions);
        }
    }

    void written() {
        if (dirty) {
            stored = true;
            storedLastPosition = table.lastPosition(values);
            dirty = false;
            if (versions != null) {
                versions.written();
            }
        }
    }
}
