package com.nexuscrm.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Role;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default H2 team store: encrypted, owner-only, never listening, with clear sentences when it cannot open. */
class ServerStoreSecurityTest {
    private static final String PASSWORD = "correct horse battery";
    private static final String EMAIL = "secret.rita@example.com";

    @TempDir
    Path dir;

    @Test
    void theDefaultStoreIsEncryptedOwnerOnlyAndOpensNoPort() throws Exception {
        Path folder = dir.resolve("team-server");
        String url = ServerDatabase.defaultUrl(folder);
        assertFalse(url.toUpperCase().contains("AUTO_SERVER"), url);
        assertTrue(url.contains(";CIPHER=AES"), url);
        Set<String> listeningBefore = listeningSocketsOfThisProcess();
        try (ServerDatabase db = ServerDatabase.open(url, null, null)) {
            new Accounts(db.dataSource()).addUser(EMAIL, "Rita", Role.REP, "East", PASSWORD.toCharArray());
            Tokens.loadOrCreateKey(db.dataSource());
            assertEquals(listeningBefore, listeningSocketsOfThisProcess(), "opening the store opened no listening socket");
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        Path data = folder.resolve("team-server.mv.db");
        Path key = folder.resolve("team-server.key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        byte[] raw = Files.readAllBytes(data);
        for (String plain : List.of(EMAIL, "token_key", "app_user", "Rita")) {
            assertFalse(contains(raw, plain.getBytes(StandardCharsets.UTF_8)), "the store holds '" + plain + "' in plain text");
        }
        assertArrayEquals("H2encrypt".getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOf(raw, 9));

        try (ServerDatabase again = ServerDatabase.open(url, null, null)) {
            assertTrue(new Accounts(again.dataSource()).authenticate(EMAIL, PASSWORD.toCharArray()).isPresent(),
                    "reopened with the generated key file");
        }
        var wrong = assertThrows(IllegalStateException.class, () -> ServerDatabase.open(url, null, "not-the-right-key-at-all"));
        assertTrue(wrong.getMessage().contains(data.toString()) && wrong.getMessage().contains("does not decrypt it"),
                wrong.getMessage());

        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        var exposed = assertThrows(IllegalArgumentException.class, () -> ServerDatabase.open(url, null, null));
        assertTrue(exposed.getMessage().contains("may be read by other users") && exposed.getMessage().contains("chmod 600"),
                exposed.getMessage());
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));

        Path moved = dir.resolve("elsewhere.key");
        Files.move(key, moved);
        var missing = assertThrows(IllegalStateException.class, () -> ServerDatabase.open(url, null, null));
        assertTrue(missing.getMessage().contains("is encrypted but no key was given"), missing.getMessage());
        try (ServerDatabase byFile = ServerDatabase.open(url, moved, null)) {
            assertTrue(new Accounts(byFile.dataSource()).byEmail(EMAIL).isPresent(), "--db-key-file opens it");
        }
    }

    @Test
    void aKeyFromTheEnvironmentIsUsedAndNoKeyFileIsWritten() throws Exception {
        Path folder = dir.resolve("env");
        String url = ServerDatabase.defaultUrl(folder);
        try (ServerDatabase db = ServerDatabase.open(url, null, "an-environment-key-0123456789")) {
            new Accounts(db.dataSource()).addUser(EMAIL, "Rita", Role.REP, null, PASSWORD.toCharArray());
        }
        assertFalse(Files.exists(folder.resolve("team-server.key")));
        var noKey = assertThrows(IllegalStateException.class, () -> ServerDatabase.open(url, null, null));
        assertTrue(noKey.getMessage().contains(ServerDatabase.KEY_ENV), noKey.getMessage());
        var shortKey = assertThrows(IllegalArgumentException.class, () -> ServerDatabase.open(url, null, "short"));
        assertTrue(shortKey.getMessage().contains("at least 16 characters"), shortKey.getMessage());
    }

    @Test
    void anUnencryptedStoreFromAnEarlierVersionIsEncryptedInPlace() throws Exception {
        Path folder = dir.resolve("old");
        String encrypted = ServerDatabase.defaultUrl(folder);
        String plain = encrypted.replace(";CIPHER=AES", "");
        try (ServerDatabase old = ServerDatabase.open(plain, null, null)) {
            new Accounts(old.dataSource()).addUser(EMAIL, "Rita", Role.REP, "East", PASSWORD.toCharArray());
        }
        assertTrue(contains(Files.readAllBytes(folder.resolve("team-server.mv.db")), EMAIL.getBytes(StandardCharsets.UTF_8)));
        try (ServerDatabase db = ServerDatabase.open(encrypted, null, null)) {
            assertTrue(new Accounts(db.dataSource()).authenticate(EMAIL, PASSWORD.toCharArray()).isPresent(), "nothing lost");
            try (Connection c = db.dataSource().getConnection();
                 ResultSet rs = c.createStatement().executeQuery("select count(*) from sync_record where entity = 'User'")) {
                rs.next();
                assertEquals(1, rs.getLong(1));
            }
        }
        byte[] raw = Files.readAllBytes(folder.resolve("team-server.mv.db"));
        assertFalse(contains(raw, EMAIL.getBytes(StandardCharsets.UTF_8)));
        try (var files = Files.list(folder)) {
            assertEquals(Set.of("team-server.mv.db", "team-server.key"), files.map(f -> f.getFileName().toString())
                    .filter(n -> !n.endsWith(".trace.db")).collect(java.util.stream.Collectors.toSet()),
                    "no plain copy or script is left behind");
        }
    }

    @Test
    void aStoreHeldByARunningServerGivesASentence() throws Exception {
        Path folder = dir.resolve("held");
        String url = ServerDatabase.defaultUrl(folder);
        ServerDatabase.open(url, null, null).close();
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), StoreHolder.class.getName(), url)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("open"), "the holder opened the store: " + line);
            var held = assertThrows(IllegalStateException.class, () -> ServerDatabase.open(url, null, null));
            assertTrue(held.getMessage().contains("is running and holds its store; stop it first, or run the server on"
                    + " PostgreSQL"), held.getMessage());
            assertTrue(held.getMessage().contains(folder.toString()), held.getMessage());
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(20, TimeUnit.SECONDS)) {
                holder.destroyForcibly().waitFor();
            }
        }
        ServerDatabase.open(url, null, null).close();
    }

    @Test
    void serverModesAreRefused() {
        for (String url : List.of("jdbc:h2:file:/tmp/x;AUTO_SERVER=TRUE", "jdbc:h2:tcp://localhost/~/x")) {
            var refused = assertThrows(IllegalArgumentException.class, () -> ServerDatabase.open(url, null, null));
            assertTrue(refused.getMessage().contains("server modes"), refused.getMessage());
        }
    }

    /** The inodes of the TCP sockets this process listens on (Linux /proc), as "port:inode". */
    private static Set<String> listeningSocketsOfThisProcess() throws Exception {
        Set<String> mine = new HashSet<>();
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        mine.add(target.substring(8, target.length() - 1));
                    }
                } catch (java.io.IOException gone) {
                    // closed while listing
                }
            }
        }
        Set<String> listening = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String row : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] f = row.trim().split("\\s+");
                if (f.length > 9 && "0A".equals(f[3]) && mine.contains(f[9])) {
                    listening.add(f[1] + ":" + f[9]);
                }
            }
        }
        return listening;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
