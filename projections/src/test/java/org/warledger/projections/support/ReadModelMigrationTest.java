package org.warledger.projections.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.warledger.projections.ReadModels;
import org.warledger.projections.timeline.TimelineEntry;
import org.warledger.projections.timeline.TimelineFilter;

/**
 * A store written before the parties moved into the timeline's rows (V60) and before the history
 * kept only replaced versions (V61) reads the same after those migrations.
 */
class ReadModelMigrationTest {

    static final String CONFLICT = "pak-afg-2026";
    static final long T1 = Instant.parse("2026-02-27T10:00:00Z").toEpochMilli();
    static final long T2 = Instant.parse("2026-02-27T11:00:00Z").toEpochMilli();

    private final JdbcDataSource dataSource = new JdbcDataSource();

    ReadModelMigrationTest() {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
    }

    /** As the server wrote them up to V51: a strike changed once, a ceasefire never, a claim changed once. */
    private void storeOfV51() throws SQLException {
        Flyway.configure().dataSource(dataSource).target("51").load().migrate();
        String entry = "INSERT INTO timeline_entry VALUES ('%s', '" + CONFLICT + "', '%s', '%s', %d, NULL, NULL,"
                + " 'DAY', 'PK', '%s', NULL, '%s', %d, %d, %d)";
        String version = "INSERT INTO timeline_entry_history VALUES ('%s', '" + CONFLICT + "', '%s', '%s', %d, NULL,"
                + " NULL, 'DAY', 'PK', '%s', NULL, '%s', %d, %d, %d, %d, %d, %s)";
        execute(String.format(entry, "strike:s1", "STRIKE", "s1", T1, "PAK strike", "hit", T1, 1, 3),
                String.format(version, "strike:s1", "STRIKE", "s1", T1, "PAK strike", "", T1, 1, 1, 1, T1, T2),
                String.format(version, "strike:s1", "STRIKE", "s1", T1, "PAK strike", "hit", T1, 1, 3, 3, T2, "NULL"),
                "INSERT INTO timeline_party VALUES ('strike:s1', 'PAK')",
                String.format(entry, "ceasefire:cf-1", "CEASEFIRE", "cf-1", T1 + 1, "Ceasefire", "", T1, 2, 2),
                String.format(version, "ceasefire:cf-1", "CEASEFIRE", "cf-1", T1 + 1, "Ceasefire", "", T1, 2, 2, 2, T1,
                        "NULL"),
                "INSERT INTO timeline_party VALUES ('ceasefire:cf-1', 'TTP'), ('ceasefire:cf-1', 'IEA')",
                "INSERT INTO claim_view VALUES ('c1', '" + CONFLICT + "', 'ISPR', 'TTP', 'KILLED', FALSE, 4, '{}', 5)",
                "INSERT INTO claim_view_history VALUES ('c1', '" + CONFLICT + "', 'ISPR', 'TTP', 'KILLED', FALSE, 4,"
                        + " '{}', 4, 4, " + T1 + ", " + T2 + ")",
                "INSERT INTO claim_view_history VALUES ('c1', '" + CONFLICT + "', 'ISPR', 'TTP', 'KILLED', FALSE, 4,"
                        + " '{}', 5, 5, " + T2 + ", NULL)");
    }

    @Test
    void theTimelineReadsTheSameNowAndAsRecordedBefore() throws SQLException {
        storeOfV51();
        Flyway.configure().dataSource(dataSource).load().migrate();
        ReadModels readModels = new ReadModels(dataSource);

        List<TimelineEntry> now = readModels.timeline().list(TimelineFilter.ofConflict(CONFLICT), 10, null).entries();
        assertThat(now).extracting(TimelineEntry::entryId).containsExactly("strike:s1", "ceasefire:cf-1");
        assertThat(now).extracting(TimelineEntry::parties).containsExactly(List.of("PAK"), List.of("IEA", "TTP"));
        assertThat(now.get(0).marks()).containsExactly("hit");

        List<TimelineEntry> before = readModels.timeline().list(new TimelineFilter(CONFLICT, null, Set.of(), null,
                null, null, Instant.ofEpochMilli(T2 - 1)), 10, null).entries();
        assertThat(before).extracting(TimelineEntry::entryId).containsExactly("strike:s1", "ceasefire:cf-1");
        assertThat(before.get(0).marks()).isEmpty();
        assertThat(before).extracting(TimelineEntry::parties).containsExactly(List.of("PAK"), List.of("IEA", "TTP"));

        assertThat(readModels.timeline().list(new TimelineFilter(CONFLICT, "IEA", Set.of(), null, null, null, null),
                10, null).entries()).extracting(TimelineEntry::entryId).containsExactly("ceasefire:cf-1");
        assertThat(readModels.timeline().changes(CONFLICT, 0, 10)).extracting(c -> c.position())
                .containsExactly(1L, 2L, 3L);
    }

    @Test
    void currentVersionsMoveOutOfTheHistoryWithTheirStart() throws SQLException {
        storeOfV51();
        Flyway.configure().dataSource(dataSource).load().migrate();

        assertThat(rows("SELECT entry_id, valid_from FROM timeline_entry ORDER BY entry_id"))
                .containsExactly(List.of("ceasefire:cf-1", T1), List.of("strike:s1", T2));
        assertThat(rows("SELECT entry_id, version_position, valid_from, valid_to FROM timeline_entry_history"))
                .containsExactly(List.of("strike:s1", 1L, T1, T2));
        assertThat(rows("SELECT claim_id, valid_from FROM claim_view")).containsExactly(List.of("c1", T2));
        assertThat(rows("SELECT claim_id, version_position, valid_from, valid_to FROM claim_view_history"))
                .containsExactly(List.of("c1", 4L, T1, T2));
    }

    private void execute(String... sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String each : sql) {
                s.execute(each);
            }
        }
    }

    private List<List<Object>> rows(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<List<Object>> out = new ArrayList<>();
            while (rs.next()) {
                Object[] row = new Object[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                out.add(Arrays.asList(row));
            }
            return out;
        }
    }
}
