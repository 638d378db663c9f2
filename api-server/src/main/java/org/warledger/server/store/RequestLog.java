package org.warledger.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** Reads the first answer given to a request id (written by the appender with the events). */
public class RequestLog {

    /** What was stored for a request id. */
    public record Entry(String requestId, String fingerprint, String entityId, long firstPosition) {
    }

    private final DataSource dataSource;

    public RequestLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Entry> find(String requestId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT fingerprint, entity_id, first_position FROM processed_request WHERE request_id = ?")) {
            ps.setString(1, requestId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Entry(requestId, rs.getString(1), rs.getString(2), rs.getLong(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new EventStoreException("request log lookup failed: " + e.getMessage(), e);
        }
    }
}
