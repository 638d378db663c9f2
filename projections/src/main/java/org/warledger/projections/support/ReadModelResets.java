package org.warledger.projections.support;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Empties a read model for a replay in two steps, so that the read model is never left behind
 * its tracking token. A reset handler only <em>requests</em> it ({@link #request}): one row per
 * table in {@code read_model_reset}, written in the reset's transaction, which also moves the
 * processor's tokens back. Once that has committed, and before the processor runs again, the
 * tables are truncated ({@link #finish}) and the request deleted.
 *
 * <p>Why not a DELETE in the reset's transaction: on H2 it writes an undo-log entry and index
 * updates for every row (13 s for 100,000 events' worth of timeline), while TRUNCATE drops the
 * table's pages at once. But H2's TRUNCATE commits the open transaction and cannot be rolled back,
 * so it cannot share the tokens' transaction. The request row makes the pair safe: a reset that
 * rolls back leaves no request and the read model as it was; a crash after the commit leaves the
 * request, which the next start finishes before any processor starts. Truncating twice is harmless.
 */
public final class ReadModelResets {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final String REQUEST = "INSERT INTO read_model_reset (processing_group, table_name)"
            + " SELECT ?, ? FROM (VALUES (1)) AS one (x) WHERE NOT EXISTS"
            + " (SELECT 1 FROM read_model_reset WHERE processing_group = ? AND table_name = ?)";

    private ReadModelResets() {
    }

    /** In a reset's transaction: asks for {@code tables} of {@code group} to be emptied before it replays. */
    public static void request(Jdbc jdbc, String group, List<String> tables) {
        for (String table : tables) {
            if (!TABLE_NAME.matcher(table).matches()) {
                throw new IllegalArgumentException("not a read-model table name: " + table);
            }
            jdbc.update(REQUEST, group, table, group, table);
        }
    }

    /**
     * Empties every table a committed reset of {@code group} (of every group if null) asked for,
     * then forgets the request. Outside any transaction, before the group's processor runs.
     *
     * @return the tables emptied
     */
    public static synchronized List<String> finish(Jdbc jdbc, String group) {
        record Pending(String group, String table) {
        }
        List<Pending> pending = group == null
                ? jdbc.query("SELECT processing_group, table_name FROM read_model_reset",
                        rs -> new Pending(rs.getString(1), rs.getString(2)))
                : jdbc.query("SELECT processing_group, table_name FROM read_model_reset WHERE processing_group = ?",
                        rs -> new Pending(rs.getString(1), rs.getString(2)), group);
        for (Pending p : pending) {
            if (!TABLE_NAME.matcher(p.table()).matches()) {
                throw new IllegalStateException("read_model_reset names a table that is not a read model's: "
                        + p.table());
            }
            jdbc.update("TRUNCATE TABLE " + p.table());
            jdbc.update("DELETE FROM read_model_reset WHERE processing_group = ? AND table_name = ?",
                    p.group(), p.table());
        }
        return pending.stream().map(Pending::table).toList();
    }
}
