package org.warledger.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warledger.server.store.H2FileCompactor.Pass;

/**
 * The server's H2 settings write every commit as a chunk of its own, and without compaction the
 * file keeps growing with chunks that hold a few live pages each. Two stores get the same writes,
 * one commit per row as the appender's small group commits do; one is compacted between rounds.
 * Retention time 0 lets H2 reuse a chunk's space as soon as it is dead, so what the uncompacted
 * file keeps is only the partly live chunks, the growth the compactor is for.
 */
class H2FileCompactorTest {

    private static final int ROUNDS = 20;
    private static final int ROWS_PER_ROUND = 400;

    @TempDir
    Path dir;

    private JdbcDataSource h2(String name) {
        return h2(name, ";RETENTION_TIME=0");
    }

    private JdbcDataSource h2(String name, String settings) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve(name) + ";WRITE_DELAY=0" + settings);
        ds.setUser("sa");
        return ds;
    }

    @Test
    void aCompactedFileStaysNearItsLiveSizeWhileTheSameWritesGrowAnUncompactedOne() throws Exception {
        JdbcDataSource plain = h2("plain");
        JdbcDataSource compacted = h2("compacted");
        try (Connection keepPlainOpen = plain.getConnection();
             Connection keepCompactedOpen = compacted.getConnection()) {
            createTable(keepPlainOpen);
            createTable(keepCompactedOpen);
            H2FileCompactor compactor = H2FileCompactor.of(compacted, 60, 1 << 20).orElseThrow();

            int passesThatRewrote = 0;
            for (int round = 0; round < ROUNDS; round++) {
                writeRound(keepPlainOpen, round);
                writeRound(keepCompactedOpen, round);
                for (int pass = 0; pass < 50 && compactor.compactOnce() == Pass.REWROTE; pass++) {
                    passesThatRewrote++;
                }
                // the next commit stores the rewritten pages and frees the chunks they left
                touch(keepCompactedOpen);
                touch(keepPlainOpen);
            }

            long plainBytes = Files.size(dir.resolve("plain.mv.db"));
            long compactedBytes = Files.size(dir.resolve("compacted.mv.db"));
            assertThat(passesThatRewrote).as("passes that rewrote pages").isPositive();
            assertThat(compactedBytes)
                    .as("compacted file %,d bytes against %,d uncompacted", compactedBytes, plainBytes)
                    .isLessThan(plainBytes / 2);
            assertThat(compactor.chunksFillRate()).as("live share of the compacted file's chunks")
                    .isGreaterThanOrEqualTo(50);
        }
        // every row is still there and the same, after the files were closed and opened again
        assertThat(contents(compacted)).isEqualTo(contents(plain)).startsWith(ROUNDS * ROWS_PER_ROUND + ":");
    }

    /**
     * With H2's own retention time (45 s) no dead chunk's space is reused within this test, so the
     * file holds every commit ever written; the compactor's shorter retention lets it be reused.
     */
    @Test
    void aShorterRetentionLetsTheSpaceOfDeadChunksBeReused() throws Exception {
        JdbcDataSource plain = h2("plain", "");
        JdbcDataSource compacted = h2("compacted", "");
        try (Connection keepPlainOpen = plain.getConnection();
             Connection keepCompactedOpen = compacted.getConnection()) {
            createTable(keepPlainOpen);
            createTable(keepCompactedOpen);
            H2FileCompactor compactor = H2FileCompactor.of(compacted, 60, 1 << 20).orElseThrow();
            assertThat(compactor.retentionMillis()).as("H2's own retention").isEqualTo(45_000);
            compactor.retainFor(0);
            assertThat(compactor.retentionMillis()).isZero();
            for (int round = 0; round < 5; round++) {
                writeRound(keepPlainOpen, round);
                writeRound(keepCompactedOpen, round);
                compactor.compactOnce();
            }
            long plainBytes = Files.size(dir.resolve("plain.mv.db"));
            long compactedBytes = Files.size(dir.resolve("compacted.mv.db"));
            assertThat(compactedBytes)
                    .as("file with retention 0: %,d bytes; with 45 s: %,d", compactedBytes, plainBytes)
                    .isLessThan(plainBytes / 4);
        }
        assertThat(contents(compacted)).isEqualTo(contents(plain)).startsWith(5 * ROWS_PER_ROUND + ":");
    }

    /**
     * No commit of the store's comes between the passes here: the compactor stores the pages it
     * moved itself, so the chunks they left are dead by the time the store writes again, which
     * drops them. Left to the store's next commit instead, the moved pages would only be written
     * then, and the chunks they left dropped one commit later still.
     */
    @Test
    void aQuietStoreIsCompactedWithoutWaitingForItsCommits() throws Exception {
        JdbcDataSource quiet = h2("quiet");
        try (Connection c = quiet.getConnection()) {
            fill(c, 8);
            H2FileCompactor compactor = H2FileCompactor.of(quiet, 60, 1 << 20).orElseThrow();
            int before = compactor.chunksFillRate();
            assertThat(before).as("live share of the chunks before").isLessThan(60);
            int passes = 0;
            while (passes < 100 && compactor.compactOnce() == Pass.REWROTE) {
                passes++;
            }
            touch(c);
            assertThat(compactor.chunksFillRate())
                    .as("live share of the chunks after %d passes and one commit (%d%% before)", passes, before)
                    .isGreaterThanOrEqualTo(60);
        }
        assertThat(contents(quiet)).startsWith(8 * ROWS_PER_ROUND + ":");
    }

    /**
     * While commits are being written, passes keep to their share of the time: after one that took
     * 5 ms with a share of 10%, the next waits until 50 ms after it began. A quiet store is
     * compacted whenever asked. The clock is the test's: each reading moves it 5 ms on, and a pass
     * reads it when it begins and when it ends.
     */
    @Test
    void whileCommitsAreWrittenPassesKeepToTheirShareOfTheTime() throws Exception {
        JdbcDataSource ds = h2("busy");
        AtomicLong now = new AtomicLong();
        try (Connection c = ds.getConnection()) {
            fill(c, 4);
            H2FileCompactor compactor = H2FileCompactor.of(ds, 60, 4096, 10, () -> now.addAndGet(5_000_000L))
                    .orElseThrow();
            compactor.compactOnce(); // the first call has no earlier count of writes, so it finds the store busy

            touch(c);
            assertThat(compactor.compactOnce()).as("busy, 10 ms after a pass began that took 5 ms")
                    .isEqualTo(Pass.DEFERRED);
            touch(c);
            assertThat(compactor.compactOnce()).as("busy, 15 ms after").isEqualTo(Pass.DEFERRED);
            now.addAndGet(40_000_000L);
            touch(c);
            assertThat(compactor.compactOnce()).as("busy, 60 ms after").isNotEqualTo(Pass.DEFERRED);
            touch(c);
            assertThat(compactor.compactOnce()).as("busy again, right after").isEqualTo(Pass.DEFERRED);
            assertThat(compactor.compactOnce()).as("quiet: no commit since the last call")
                    .isNotEqualTo(Pass.DEFERRED);
        }
        assertThat(contents(ds)).startsWith(4 * ROWS_PER_ROUND + ":");
    }

    @Test
    void aBusyShareOfZeroCompactsOnlyAQuietStore() throws Exception {
        JdbcDataSource ds = h2("quiet-only");
        try (Connection c = ds.getConnection()) {
            fill(c, 4);
            H2FileCompactor compactor = H2FileCompactor.of(ds, 60, 4096, 0, System::nanoTime).orElseThrow();
            for (int i = 0; i < 3; i++) {
                touch(c);
                assertThat(compactor.compactOnce()).as("busy, call %d", i).isEqualTo(Pass.DEFERRED);
            }
            assertThat(compactor.compactOnce()).as("quiet").isEqualTo(Pass.REWROTE);
        }
    }

    @Test
    void otherStoresHaveNothingToCompact() {
        JdbcDataSource inMemory = new JdbcDataSource();
        inMemory.setURL("jdbc:h2:mem:compaction-test;DB_CLOSE_DELAY=-1");
        assertThat(H2FileCompactor.of(inMemory, 60, 1 << 20)).isEmpty();
    }

    @Test
    void aFillRateOutsideOneToNinetyNineIsRefused() {
        assertThatThrownBy(() -> H2FileCompactor.of(h2("bad"), 100, 1 << 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fill rate");
    }

    @Test
    void aBusyShareOutsideZeroToAHundredIsRefused() {
        assertThatThrownBy(() -> H2FileCompactor.of(h2("bad-share"), 60, 1 << 20, 101, System::nanoTime))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("busy share");
    }

    private static void createTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE event (id BIGINT PRIMARY KEY, payload VARCHAR(400))");
            s.execute("CREATE TABLE head (id INT PRIMARY KEY, position BIGINT)");
            s.execute("INSERT INTO head VALUES (1, 0)");
        }
    }

    /** A new store's tables, then {@code rounds} rounds of one-row commits: chunks mostly dead. */
    private static void fill(Connection c, int rounds) throws SQLException {
        createTable(c);
        for (int round = 0; round < rounds; round++) {
            writeRound(c, round);
        }
    }

    /** One commit per row, each also moving a head row, as an append moves its tracking state. */
    private static void writeRound(Connection c, int round) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO event VALUES (?, ?)");
             PreparedStatement head = c.prepareStatement("UPDATE head SET position = ? WHERE id = 1")) {
            for (int i = 0; i < ROWS_PER_ROUND; i++) {
                long id = (long) round * ROWS_PER_ROUND + i;
                insert.setLong(1, id);
                insert.setString(2, "event " + id + " " + "x".repeat(200));
                insert.executeUpdate();
                head.setLong(1, id);
                head.executeUpdate();
                c.commit();
            }
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static void touch(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE head SET position = position WHERE id = 1");
        }
    }

    /** Row count and a digest of every row, read through a fresh connection. */
    private static String contents(JdbcDataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(id), SUM(LENGTH(payload)), "
                     + "BIT_XOR_AGG(ORA_HASH(payload)) FROM event")) {
            rs.next();
            return rs.getLong(1) + ":" + rs.getLong(2) + ":" + rs.getLong(3) + ":" + rs.getLong(4);
        }
    }
}
