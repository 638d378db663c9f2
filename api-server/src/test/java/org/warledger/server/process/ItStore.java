package org.warledger.server.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.warledger.server.support.TestStore;

/**
 * A fresh store for server processes: an H2 data directory by default, a PostgreSQL database of
 * its own under {@code -Ppostgresql}. Reads the stored events back with plain JDBC (on H2 only
 * while no server holds the file).
 */
public final class ItStore implements AutoCloseable {

    /** One stored event as the test sees it. */
    public record StoredEvent(long position, String entityId, long sequence, String type, String requestId) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dataDir;
    private final String database;

    private ItStore(Path dataDir, String database) {
        this.dataDir = dataDir;
        this.database = database;
    }

    public static ItStore fresh() throws IOException {
        if (TestStore.postgresql()) {
            return new ItStore(null, TestStore.createDatabase());
        }
        Path dir = Path.of("target", "it-data", UUID.randomUUID().toString()).toAbsolutePath();
        Files.createDirectories(dir);
        return new ItStore(dir, null);
    }

    public boolean postgresql() {
        return database != null;
    }

    /** The configuration that points a server node at this store. */
    public Map<String, String> serverConfig() {
        return postgresql() ? TestStore.serverConfig(database) : Map.of("warledger.data-dir", dataDir.toString());
    }

    public Connection connect() throws SQLException {
        return postgresql() ? TestStore.connect(database)
                : DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("warledger"), "sa", "");
    }

    /** Every stored event, in store order. */
    public List<StoredEvent> events() throws SQLException, IOException {
        List<StoredEvent> out = new ArrayList<>();
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("""
                SELECT global_index, aggregate_identifier, sequence_number, payload_type, meta_data
                FROM domain_event_entry ORDER BY global_index""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String requestId = JSON.readTree(rs.getString(5)).path("requestId").asText(null);
                String type = rs.getString(4);
                out.add(new StoredEvent(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        type.substring(Math.max(type.lastIndexOf('$'), type.lastIndexOf('.')) + 1), requestId));
            }
        }
        return out;
    }

    /** Runs one statement against the store (PostgreSQL, or H2 with no server running). */
    public void execute(String sql) throws SQLException {
        try (Connection c = connect(); var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() {
        if (database != null) {
            TestStore.dropDatabase(database);
        }
    }
}
