package com.nexuscrm.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The databases server tests run against: an H2 file always, and PostgreSQL when NEXUS_TEST_PG_URL is
 * set (.ci/run sets it). {@link Kind#fresh()} makes an empty database of that kind: a new H2 folder, or
 * a new PostgreSQL schema dropped when the test closes it.
 */
public final class ServerTargets {
    /** A kind of database; parameterised tests run once per kind. */
    public record Kind(String name, String baseUrl) {
        public Target fresh() throws Exception {
            if (baseUrl == null) {
                Path folder = Files.createTempDirectory("nexus-server-test");
                return new Target(ServerDatabase.defaultUrl(folder), () -> deleteTree(folder));
            }
            String schema = "nexus_test_" + Long.toHexString(System.nanoTime());
            execute(baseUrl, "create schema " + schema);
            String url = baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            return new Target(url, () -> execute(baseUrl, "drop schema " + schema + " cascade"));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** One empty database, and how to remove it. */
    public record Target(String url, AutoCloseable cleanup) { }

    private static final java.util.concurrent.atomic.AtomicBoolean SAID_SKIPPED = new java.util.concurrent.atomic.AtomicBoolean();

    private ServerTargets() { }

    public static List<Kind> kinds() {
        List<Kind> kinds = new ArrayList<>();
        kinds.add(new Kind("H2", null));
        String pg = System.getenv("NEXUS_TEST_PG_URL");
        if (pg == null || pg.isBlank()) {
            if (!SAID_SKIPPED.getAndSet(true)) {
                System.out.println("PostgreSQL skipped: NEXUS_TEST_PG_URL is not set; server tests ran on H2 only");
            }
        } else {
            kinds.add(new Kind("PostgreSQL", pg));
        }
        return kinds;
    }

    /** Removes a test's temporary folder and everything in it. */
    public static void deleteTree(Path folder) throws java.io.IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute(sql);
        }
    }
}
