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
 * set (.ci/run sets it). Each PostgreSQL target gets a fresh schema, dropped afterwards.
 */
public final class ServerTargets {
    /** One database to test on. */
    public record Target(String name, String url, AutoCloseable cleanup) {
        @Override
        public String toString() {
            return name;
        }
    }

    private ServerTargets() { }

    public static List<Target> all() throws Exception {
        List<Target> targets = new ArrayList<>();
        Path dir = Files.createTempDirectory("nexus-server-test");
        targets.add(new Target("H2", ServerDatabase.defaultUrl(dir), () -> { }));
        String pg = System.getenv("NEXUS_TEST_PG_URL");
        if (pg == null || pg.isBlank()) {
            System.out.println("PostgreSQL skipped: NEXUS_TEST_PG_URL is not set; server tests ran on H2 only");
            return targets;
        }
        String schema = "nexus_test_" + Long.toHexString(System.nanoTime());
        execute(pg, "create schema " + schema);
        String url = pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        targets.add(new Target("PostgreSQL", url, () -> execute(pg, "drop schema " + schema + " cascade")));
        return targets;
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute(sql);
        }
    }
}
