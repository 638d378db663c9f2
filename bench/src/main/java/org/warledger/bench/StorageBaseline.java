package org.warledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The storage limit: the server's own event rows inserted with plain JDBC into a fresh database
 * created by the server's own migration, with no server, Axon or gRPC in the way. What the
 * server achieves is read against what the database can do at the same durability.
 */
final class StorageBaseline {

    /** The serialized columns of one stored event, copied into every inserted row. */
    record Template(String metadata, String payload, String payloadRevision, String payloadType, String timestamp,
                    String type, String prevHash, String hash) {

        int bytes() {
            return metadata.length() + payload.length() + payloadType.length() + timestamp.length() + 64 * 2 + 80;
        }
    }

    private final String url;
    private final String user;
    private final String password;

    StorageBaseline(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Reads the first StrikeRecorded row the server stored. */
    static Template template(String url, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT meta_data, payload, payload_revision, payload_type, time_stamp,"
                     + " type, prev_hash, hash FROM domain_event_entry WHERE payload_type LIKE '%StrikeRecorded'"
                     + " ORDER BY global_index FETCH FIRST 1 ROWS ONLY")) {
            if (!rs.next()) {
                throw new SQLException("no StrikeRecorded event in " + url);
            }
            return new Template(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getString(8));
        }
    }

    /** Creates the event tables with the server's first migration (the database must be empty). */
    void createSchema(Path migration) throws Exception {
        String sql = Files.readString(migration).replaceAll("(?m)--.*$", "");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            for (String statement : sql.split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
    }

    /** Inserts rows from {@code threads} connections, {@code perTransaction} rows per commit. */
    Measured run(String name, Template t, int threads, int perTransaction, Duration warmup, Duration measure,
                 AtomicLong positions) {
        ThreadLocal<Connection> connections = new ThreadLocal<>();
        java.util.List<Connection> opened = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Measured m = ClosedLoop.run(name, threads, warmup, measure, (client, seq) -> {
            Connection c = connections.get();
            if (c == null) {
                c = DriverManager.getConnection(url, user, password);
                c.setAutoCommit(false);
                connections.set(c);
                opened.add(c);
            }
            insert(c, t, perTransaction, positions);
        });
        for (Connection c : opened) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the measurement is over
            }
        }
        // ClosedLoop counts transactions; the rate that matters is rows
        return new Measured(name, threads, m.ops() * perTransaction, m.errors(), m.seconds(), m.micros(),
                m.firstError());
    }

    private static void insert(Connection c, Template t, int rows, AtomicLong positions) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO domain_event_entry (global_index, event_identifier, meta_data, payload,
                    payload_revision, payload_type, time_stamp, aggregate_identifier, sequence_number, type,
                    prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < rows; i++) {
                long position = positions.incrementAndGet();
                ps.setLong(1, position);
                ps.setString(2, UUID.randomUUID().toString());
                ps.setString(3, t.metadata());
                ps.setString(4, t.payload());
                ps.setString(5, t.payloadRevision());
                ps.setString(6, t.payloadType());
                ps.setString(7, t.timestamp());
                ps.setString(8, "baseline-" + position);
                ps.setLong(9, 0);
                ps.setString(10, t.type());
                ps.setString(11, t.prevHash());
                ps.setString(12, t.hash());
                if (rows == 1) {
                    ps.executeUpdate();
                } else {
                    ps.addBatch();
                }
            }
            if (rows > 1) {
                ps.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }
}
