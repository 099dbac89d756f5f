package com.nexuscrm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Role;
import com.nexuscrm.server.Accounts;
import com.nexuscrm.server.ServerDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The team server's admin commands on the default (encrypted H2) store, with no server running. */
class ServerCommandTest {
    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = NexusCommand.commandLine((folder, exit) -> { throw new AssertionError("no window in this test"); });
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    @Test
    void everyServerCommandAnswersHelp() {
        for (List<String> command : List.of(List.of("server"), List.of("server", "user"), List.of("server", "user", "add"),
                List.of("server", "user", "move"), List.of("server", "user", "unlock"), List.of("server", "user", "deactivate"),
                List.of("server", "user", "password"), List.of("server", "rotate-key"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.add("--help");
            assertEquals(0, run(args.toArray(String[]::new)), String.join(" ", args) + ": " + err);
        }
    }

    @Test
    void tokenHoursAboveSevenDaysAreRefused() {
        assertEquals(1, run("server", "--data", dir.toString(), "--port", "0", "--token-hours", "169"));
        assertTrue(err.toString().contains("--token-hours: 169 is not allowed; give 1 to 168 hours"), err.toString());
    }

    @Test
    void unlockDeactivateAndRotateKeyWorkOnTheStore() throws Exception {
        String email = "rita@example.com";
        UUID id;
        String keyBefore;
        try (ServerDatabase db = ServerDatabase.open(ServerDatabase.defaultUrl(dir))) {
            id = new Accounts(db.dataSource()).addUser(email, "Rita", Role.REP, "East", PASSWORD.toCharArray());
            try (Connection c = db.dataSource().getConnection()) {
                c.createStatement().executeUpdate("update app_user set failed_logins = 10, locked_at = current_timestamp");
            }
            keyBefore = tokenKey(db);
        }
        String data = dir.toString();
        assertEquals(0, run("server", "user", "unlock", "--email", email, "--data", data), err.toString());
        assertEquals(0, run("server", "rotate-key", "--data", data), err.toString());
        assertEquals(0, run("server", "user", "deactivate", "--email", email, "--data", data), err.toString());
        assertEquals(1, run("server", "user", "unlock", "--email", "nobody@example.com", "--data", data));
        assertTrue(err.toString().contains("no user nobody@example.com"), err.toString());
        try (ServerDatabase db = ServerDatabase.open(ServerDatabase.defaultUrl(dir))) {
            assertNotEquals(keyBefore, tokenKey(db));
            try (Connection c = db.dataSource().getConnection();
                 ResultSet rs = c.createStatement().executeQuery("select failed_logins, locked_at, active from app_user")) {
                rs.next();
                assertEquals(0, rs.getInt(1));
                assertEquals(null, rs.getTimestamp(2));
                assertFalse(rs.getBoolean(3));
            }
            assertTrue(new Accounts(db.dataSource()).find(id).isEmpty());
        }
    }

    private static String tokenKey(ServerDatabase db) throws Exception {
        try (Connection c = db.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("select meta_value from server_meta where meta_key = 'token_key'")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }
}
