package org.warledger.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With a write delay H2 keeps commits in memory; the appender's flush must put them in the file
 * before it acknowledges. {@code SHUTDOWN IMMEDIATELY} closes the file without storing anything,
 * as a killed process would.
 */
class CommitFlushTest {

    @TempDir
    Path dir;

    private JdbcDataSource h2(String settings) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("store") + settings);
        ds.setUser("sa");
        return ds;
    }

    @Test
    void h2WritingEveryCommitNeedsNoFlush() {
        assertThat(CommitFlush.of(h2(";WRITE_DELAY=0"))).isEqualTo(CommitFlush.NONE);
    }

    @Test
    void h2WithAWriteDelayIsFlushed() {
        assertThat(CommitFlush.of(h2(""))).isEqualTo(CommitFlush.H2_CHECKPOINT);
        assertThat(CommitFlush.of(h2(";WRITE_DELAY=500"))).isEqualTo(CommitFlush.H2_CHECKPOINT);
    }

    @Test
    void aFlushedCommitSurvivesAnAbruptClose() throws SQLException {
        JdbcDataSource ds = h2(";WRITE_DELAY=600000");
        CommitFlush flush = CommitFlush.of(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id INT PRIMARY KEY)");
            s.execute("CHECKPOINT");
            c.setAutoCommit(false);
            s.execute("INSERT INTO t VALUES (1)");
            c.commit();
            flush.afterCommit(c);
            s.execute("INSERT INTO t VALUES (2)");
            c.commit();
            // not flushed: with this delay H2 has not written it when the file is closed
            s.execute("SHUTDOWN IMMEDIATELY");
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM t ORDER BY id")) {
            assertThat(rs.next()).as("the flushed row").isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.next()).as("the row committed but not flushed").isFalse();
        }
    }
}
