package org.warledger.server.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Which store a test run uses: H2 by default, PostgreSQL under the Maven profile
 * {@code -Ppostgresql} (system property {@code warledger.test.store}). On PostgreSQL every run
 * gets a database of its own, created on the server's {@code test} database and dropped after.
 */
public final class TestStore {

    private static final String ADMIN_URL = System.getProperty("warledger.test.postgresql.admin-url",
            "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getProperty("warledger.test.postgresql.user", "postgres");
    private static final String PASSWORD = System.getProperty("warledger.test.postgresql.password", "");

    private TestStore() {
    }

    public static boolean postgresql() {
        return "postgresql".equalsIgnoreCase(System.getProperty("warledger.test.store", "h2"));
    }

    /** Creates an empty database with a fresh name and returns that name. */
    public static String createDatabase() {
        String name = "warledger_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        admin("CREATE DATABASE " + name);
        return name;
    }

    public static void dropDatabase(String name) {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    public static String url(String database) {
        return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + database;
    }

    /** The server configuration that points a node at the given database. */
    public static Map<String, String> serverConfig(String database) {
        return Map.of("warledger.store", "postgresql", "warledger.postgresql.url", url(database),
                "warledger.postgresql.user", USER, "warledger.postgresql.password", PASSWORD);
    }

    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), USER, PASSWORD);
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + ADMIN_URL + ": " + e.getMessage(), e);
        }
    }
}
