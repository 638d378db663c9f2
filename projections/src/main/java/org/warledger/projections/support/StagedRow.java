package org.warledger.projections.support;

import java.time.Instant;

/** One row as a {@link WriteBehind} buffer knows it: as stored, and as the batch has written it since. */
final class StagedRow {

    private final KeyedTable table;
    private boolean known;
    private Object[] values;
    private boolean stored;
    private Object storedLastPosition;
    private boolean dirty;
    private RowHistory.Versions versions;
    private WriteBehind.Children children = WriteBehind.Children.NONE;

    private StagedRow(KeyedTable table, Object[] values, Long validFrom) {
        this.table = table;
        this.values = values;
        this.versions = table.history() == null ? null
                : new RowHistory.Versions(values, values == null ? null : table.lastPosition(values), validFrom);
    }

    /** The row as read from the store, {@code values} null if there is none; {@code validFrom}: its version's start. */
    static StagedRow read(KeyedTable table, Object[] values, Long validFrom) {
        StagedRow row = new StagedRow(table, values, validFrom);
        row.known = true;
        row.stored = values != null;
        row.storedLastPosition = values == null ? null : table.lastPosition(values);
        return row;
    }

    /**
     * A creation staged without asking the store whether the row exists: it is inserted unless the
     * store has a row with its key (a redelivered creation). An absent row has no versions, as a row
     * and its versions are only ever deleted together.
     */
    static StagedRow unread(KeyedTable table, Object[] values, long position, Instant recordedAt,
                            WriteBehind.Children children) {
        StagedRow row = new StagedRow(table, null, null);
        row.write(values, position, recordedAt);
        row.children = children;
        return row;
    }

    boolean known() {
        return known;
    }

    /** What the store holds for a row staged {@link #unread}: if it has the row, the creation is dropped. */
    void learn(StagedRow read) {
        known = true;
        if (read.values != null) {
            values = read.values;
            stored = true;
            storedLastPosition = read.storedLastPosition;
            dirty = false;
            versions = read.versions;
            children = WriteBehind.Children.NONE;
        }
    }

    Object[] values() {
        return values;
    }

    boolean dirty() {
        return dirty;
    }

    boolean stored() {
        return stored;
    }

    Object storedLastPosition() {
        return storedLastPosition;
    }

    WriteBehind.Children children() {
        return children;
    }

    RowHistory.Versions versions() {
        return versions;
    }

    /** The start of the row's current version (null without history). */
    Long validFrom() {
        return versions == null ? null : versions.validFrom();
    }

    void write(Object[] newValues, long position, Instant recordedAt) {
        values = newValues;
        dirty = true;
        if (versions != null) {
            versions.add(newValues, position, recordedAt);
        }
    }

    /** As {@link #write}, creating the row with its children. */
    void create(Object[] newValues, long position, Instant recordedAt, WriteBehind.Children rowChildren) {
        write(newValues, position, recordedAt);
        children = rowChildren;
    }

    /** Everything staged is in the store now. */
    void written() {
        if (dirty) {
            known = true;
            stored = true;
            storedLastPosition = table.lastPosition(values);
            dirty = false;
            children = WriteBehind.Children.NONE;
            if (versions != null) {
                versions.written();
            }
        }
    }
}
