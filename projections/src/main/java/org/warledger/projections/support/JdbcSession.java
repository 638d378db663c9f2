package org.warledger.projections.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warledger.projections.support.Jdbc.ReadModelException;
import org.warledger.projections.support.Jdbc.RowMapper;

/**
 * One connection of a {@link Jdbc} with its statements prepared once each: a processor batch runs
 * hundreds of the same few statements, and preparing them again (and, in the server, asking the
 * pool for the transaction's connection again) cost more than running them.
 */
public final class JdbcSession implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    JdbcSession(Connection connection) {
        this.connection = connection;
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        try {
            return Jdbc.rows(statement(sql), mapper, params);
        } catch (SQLException e) {
            throw new ReadModelException(sql, e);
        }
    }

    /** Runs {@code sql} once per parameter row in one JDBC batch; the update count of each row. */
    public int[] batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        try {
            PreparedStatement ps = statement(sql);
            for (Object[] params : rows) {
                Jdbc.bind(ps, params);
                ps.addBatch();
            }
            return ps.executeBatch();
        } catch (SQLException e) {
            SQLException cause = e.getNextException() != null ? e.getNextException() : e;
            throw new ReadModelException(sql, cause);
        }
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    /** Closes the statements and hands the connection back (in the server: to the transaction). */
    @Override
    public void close() {
        SQLException failure = null;
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                failure = e;
            }
        }
        statements.clear();
        try {
            connection.close();
        } catch (SQLException e) {
            failure = e;
        }
        if (failure != null) {
            throw new ReadModelException("close", failure);
        }
    }
}
