package org.warledger.projections.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The little JDBC the read models need. Connections come from the data source on every call (or
 * once per {@link #open() session}): in the server they are enlisted in the event processor's
 * transaction (so a read model and its tracking token commit together); in tests they are plain
 * auto-commit connections.
 */
public final class Jdbc {

    /** Maps one row. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private static final AtomicLong INSTANCES = new AtomicLong();

    private final DataSource dataSource;
    /** Names this Jdbc's {@link WriteBehind} buffer among a unit of work's resources. */
    final String writesKey = WriteBehind.class.getName() + "#" + INSTANCES.incrementAndGet();

    public Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One connection for many statements, each prepared once; the event handlers write through it. */
    public JdbcSession open() {
        try {
            return new JdbcSession(dataSource.getConnection());
        } catch (SQLException e) {
            throw new ReadModelException("getConnection", e);
        }
    }

    public int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new ReadModelException(sql, e);
        }
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            return rows(ps, mapper, params);
        } catch (SQLException e) {
            throw new ReadModelException(sql, e);
        }
    }

    /** Binds {@code params}, runs the query and maps every row. */
    static <T> List<T> rows(PreparedStatement ps, RowMapper<T> mapper, Object[] params) throws SQLException {
        bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(mapper.map(rs));
            }
            return out;
        }
    }

    public <T> T queryOne(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        return rows.isEmpty() ? null : rows.get(0);
    }

    static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (p instanceof String s) {
                ps.setString(i + 1, storable(s));
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    /**
     * The text as the store keeps it. The API refuses control characters; this keeps a read model
     * writable on stores that cannot hold NUL (PostgreSQL) even for events stored before that rule.
     */
    static String storable(String s) {
        return s.indexOf('\u0000') >= 0 ? s.replace('\u0000', '\uFFFD') : s;
    }

    /** A read model's SQL failed; the event processor retries the batch. */
    public static final class ReadModelException extends RuntimeException {
        ReadModelException(String sql, SQLException cause) {
            super("read model SQL failed: " + sql + ": " + cause.getMessage(), cause);
        }

        ReadModelException(String message) {
            super(message);
        }
    }
}
