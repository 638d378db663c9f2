package org.warledger.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * What the appender does after a commit so that the commit is in the file before anyone hears OK.
 *
 * <p>PostgreSQL, and H2 with {@code WRITE_DELAY=0} (the default), write every commit before it
 * returns: nothing to do. H2 with a write delay (an operator's choice: read models and tracking
 * tokens are then written by H2's background writer, which also compacts the file) keeps commits
 * in memory until it stores them; there the appender stores at once with {@code CHECKPOINT}, which writes
 * everything committed so far. So an acknowledged event is as durable as with {@code WRITE_DELAY=0}
 * (it survives a killed process), and everything else is written at most one delay later, always
 * as a consistent state: a read model never ends up ahead of, or behind, its tracking token.
 */
public enum CommitFlush {

    /** The database writes every commit before the commit returns. */
    NONE {
        @Override
        void afterCommit(Connection connection) {
        }
    },

    /** H2 with a write delay: store now. */
    H2_CHECKPOINT {
        @Override
        void afterCommit(Connection connection) throws SQLException {
            try (Statement s = connection.createStatement()) {
                s.execute("CHECKPOINT");
            }
        }
    };

    abstract void afterCommit(Connection connection) throws SQLException;

    /** Looks at the database behind {@code dataSource}: H2 with a write delay needs a checkpoint. */
    public static CommitFlush of(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            if (!"H2".equalsIgnoreCase(c.getMetaData().getDatabaseProductName())) {
                return NONE;
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'");
                 ResultSet rs = s.executeQuery()) {
                // H2 lists the setting once per source (database, connection URL); a delay in any
                // of them, or no row at all (an H2 this code does not know), means: store ourselves
                boolean seen = false;
                while (rs.next()) {
                    seen = true;
                    if (Integer.parseInt(rs.getString(1).trim()) != 0) {
                        return H2_CHECKPOINT;
                    }
                }
                return seen ? NONE : H2_CHECKPOINT;
            }
        } catch (SQLException e) {
            throw new EventStoreException("cannot read the store's write settings: " + e.getMessage(), e);
        }
    }
}
