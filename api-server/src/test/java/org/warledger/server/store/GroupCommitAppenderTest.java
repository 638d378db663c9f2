package org.warledger.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The group commit's batch sizes, as its metric reports them, add up to what was stored. */
class GroupCommitAppenderTest {

    @TempDir
    Path dir;

    private static EventRow row(String id, long sequence) {
        return new EventRow(UUID.randomUUID().toString(), "Strike", id, sequence, "StrikeRecorded", null,
                "{\"strikeId\":\"" + id + "\"}", "{}", "2026-12-01T00:00:00Z");
    }

    @Test
    void everyCommittedBatchReportsItsEventsAndTheyAddUpToTheStore() throws Exception {
        JdbcDataSource store = new JdbcDataSource();
        store.setURL("jdbc:h2:file:" + dir.resolve("store") + ";WRITE_DELAY=0");
        store.setUser("sa");
        try (Connection c = store.getConnection(); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM 'classpath:db/migration/V1__event_store.sql'");
        }
        List<Integer> batches = new CopyOnWriteArrayList<>();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        try (GroupCommitAppender appender = new GroupCommitAppender(store)) {
            appender.reportBatchSizes(batches::add);
            assertThat(appender.append(List.of(row("alone", 0), row("alone", 1), row("alone", 2)), "r-alone", "f"))
                    .isEqualTo(1L);
            assertThat(batches).containsExactly(3);

            List<Future<Long>> firsts = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String id = "strike-" + i;
                firsts.add(writers.submit(() -> appender.append(List.of(row(id, 0)), "r-" + id, "f")));
            }
            List<Long> positions = new ArrayList<>();
            for (Future<Long> f : firsts) {
                positions.add(f.get());
            }
            assertThat(positions).doesNotHaveDuplicates().allSatisfy(p -> assertThat(p).isBetween(4L, 67L));
        } finally {
            writers.shutdownNow();
        }
        assertThat(batches.stream().mapToInt(Integer::intValue).sum()).isEqualTo(67);
        try (Connection c = store.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(global_index) FROM domain_event_entry")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(67);
            assertThat(rs.getLong(2)).isEqualTo(67);
        }
    }
}
