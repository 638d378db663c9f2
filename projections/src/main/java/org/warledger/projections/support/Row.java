package org.warledger.projections.support;

/** The values of one row of a {@link KeyedTable}, by column name. */
public final class Row {

    private final KeyedTable table;
    final Object[] values;

    Row(KeyedTable table, Object[] values) {
        this.table = table;
        this.values = values;
    }

    public Object get(String column) {
        return values[table.index(column)];
    }

    public String text(String column) {
        return (String) get(column);
    }

    /** A numeric column as a long, or null; drivers may hand back any Number for BIGINT. */
    public Long number(String column) {
        Object v = get(column);
        return v == null ? null : ((Number) v).longValue();
    }

    public Row set(String column, Object value) {
        // the store keeps text without NUL: staged values must read back as stored ones
        values[table.index(column)] = value instanceof String s ? Jdbc.storable(s) : value;
        return this;
    }

    KeyedTable table() {
        return table;
    }

    Row copy() {
        return new Row(table, values.clone());
    }
}
