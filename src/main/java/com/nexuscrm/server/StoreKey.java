package com.nexuscrm.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key of the team server's encrypted H2 store ({@code CIPHER=AES}) and the guards around its files.
 *
 * <p>Where the key comes from, first match wins: {@code --db-key-file FILE}; the environment variable
 * {@code NEXUS_SERVER_DB_KEY}; the key file {@code team-server.key} beside the store. With none of them and
 * no store yet, a random key is generated into that key file (owner-only, 0600) and the log says so, so
 * {@code nexus server} still starts with no setup. A key file readable by group or others is refused.
 *
 * <p>The store's folder is made 0700 and its files 0600 (POSIX file systems; skipped elsewhere). An
 * unencrypted store from an earlier version is encrypted in place with the key, once, and the log says
 * so. A wrong key, a store held by a running server, or an encrypted store without its key give a
 * sentence naming the file, not a stack trace.
 */
final class StoreKey {
    static final String ENV = "NEXUS_SERVER_DB_KEY";
    static final String KEY_FILE = ServerDatabase.STORE_NAME + ".key";
    private static final Logger LOG = LoggerFactory.getLogger(StoreKey.class);
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private final String key;
    private final String source;

    private StoreKey(String key, String source) {
        this.key = key;
        this.source = source;
    }

    /** H2's password for an encrypted file: "filePassword userPassword"; the user password stays empty. */
    String h2Password() {
        return key + " ";
    }

    /**
     * Makes the folder owner-only, finds or makes the key, encrypts an old unencrypted store, and opens the
     * store once to turn H2's errors into sentences.
     *
     * @param store the store's path without extension (H2 adds {@code .mv.db})
     */
    static StoreKey prepare(String url, Path store, Path keyFile, String environmentKey) {
        Path folder = store.getParent();
        ownerOnlyFolder(folder);
        Path data = dataFile(store);
        Boolean encrypted = Files.exists(data) ? isEncrypted(data) : null;
        StoreKey key = find(store, keyFile, environmentKey, encrypted);
        if (Boolean.FALSE.equals(encrypted)) {
            encryptInPlace(url, store, key);
        }
        Properties login = new Properties();
        login.setProperty("password", key.h2Password());
        try (Connection probe = DriverManager.getConnection(url, login)) {
            probe.isValid(1);
        } catch (SQLException e) {
            throw explain(e, store, key);
        }
        ownerOnly(store);
        return key;
    }

    private static Path dataFile(Path store) {
        return store.resolveSibling(store.getFileName() + ".mv.db");
    }

    /** True for H2's encrypted file header, false for a plain MVStore file, null for anything else. */
    static Boolean isEncrypted(Path data) {
        byte[] head = new byte[9];
        try (InputStream in = Files.newInputStream(data)) {
            int n = in.readNBytes(head, 0, head.length);
            String text = new String(head, 0, n, StandardCharsets.ISO_8859_1);
            return text.startsWith("H2encrypt") ? Boolean.TRUE : text.startsWith("H:2") ? Boolean.FALSE : null;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the team server store " + data + ": " + e.getMessage(), e);
        }
    }

    private static StoreKey find(Path store, Path keyFile, String environmentKey, Boolean encrypted) {
        if (keyFile != null) {
            return new StoreKey(read(keyFile, "--db-key-file " + keyFile), "--db-key-file " + keyFile.toAbsolutePath());
        }
        if (environmentKey != null && !environmentKey.isEmpty()) {
            return new StoreKey(check(environmentKey.trim(), ENV), ENV);
        }
        Path beside = store.resolveSibling(KEY_FILE);
        if (Files.exists(beside)) {
            return new StoreKey(read(beside, "the key file " + beside), "the key file " + beside);
        }
        if (Boolean.TRUE.equals(encrypted)) {
            throw new IllegalStateException("The team server store " + dataFile(store) + " is encrypted but no key was"
                    + " given: set " + ENV + " or give --db-key-file FILE (the key file " + beside + " that was made"
                    + " for it is missing).");
        }
        String fresh = HexFormat.of().formatHex(random(32));
        try {
            Files.writeString(create(beside), fresh + System.lineSeparator(), StandardCharsets.US_ASCII,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException raced) {
            return new StoreKey(read(beside, "the key file " + beside), "the key file " + beside);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the team server store key " + beside + ": " + e.getMessage(), e);
        }
        LOG.warn("generated a random key for the team server store in {} (owner-only); keep a copy of it in a safe place:"
                + " without it the store cannot be opened. Or give your own with {} or --db-key-file", beside, ENV);
        return new StoreKey(fresh, "the key file " + beside);
    }

    private static Path create(Path file) throws IOException {
        try {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_FILE));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createFile(file);
        }
    }

    private static String read(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(what + ": no such file");
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(OTHERS::contains)) {
                throw new IllegalArgumentException(what + " may be read by other users ("
                        + PosixFilePermissions.toString(permissions) + "); make it owner-only first: chmod 600 " + file);
            }
        } catch (UnsupportedOperationException notPosix) {
            // no POSIX permissions on this file system: nothing to check
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + what + ": " + com.nexuscrm.domain.FileProblems.reason(e) + ".", e);
        }
        try {
            return check(Files.readString(file, StandardCharsets.UTF_8).trim(), what);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + what + ": " + com.nexuscrm.domain.FileProblems.reason(e) + ".", e);
        }
    }

    private static String check(String key, String what) {
        if (key.length() < 16 || key.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(what + ": the store key must be at least 16 characters without spaces");
        }
        return key;
    }

    /**
     * Encrypts an unencrypted store from an earlier version: exports it with H2's SCRIPT (itself encrypted
     * with the key, so no plain copy is written), moves the old file aside, imports into a new encrypted
     * store, then deletes the script and the old file. On failure the old file is put back.
     */
    private static void encryptInPlace(String url, Path store, StoreKey key) {
        String plainUrl = url.replaceAll("(?i);CIPHER=AES", "");
        Path data = dataFile(store);
        Path script = store.resolveSibling(store.getFileName() + ".encrypting.zip");
        Path old = store.resolveSibling(store.getFileName() + ".unencrypted.mv.db");
        String secret = " COMPRESSION DEFLATE CIPHER AES PASSWORD '" + key.key.replace("'", "''") + "'";
        try {
            Files.deleteIfExists(script);
            try (Connection plain = DriverManager.getConnection(plainUrl, new Properties())) {
                plain.createStatement().execute("SCRIPT TO '" + script.toString().replace("'", "''") + "'" + secret);
            } catch (SQLException e) {
                throw explain(e, store, key);
            }
            Files.move(data, old);
            Properties login = new Properties();
            login.setProperty("password", key.h2Password());
            try (Connection encrypted = DriverManager.getConnection(url, login)) {
                encrypted.createStatement().execute("RUNSCRIPT FROM '" + script.toString().replace("'", "''") + "'" + secret);
            } catch (SQLException e) {
                Files.deleteIfExists(data);
                Files.move(old, data);
                throw new IllegalStateException("The team server store " + data + " was made by an earlier version without"
                        + " encryption, and encrypting it failed (" + e.getMessage() + "); the store is unchanged.", e);
            }
            Files.delete(old);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot encrypt the team server store " + data + ": " + e.getMessage()
                    + (Files.exists(old) ? "; the unencrypted store is at " + old : ""), e);
        } finally {
            try {
                Files.deleteIfExists(script);
            } catch (IOException e) {
                LOG.warn("cannot delete {}: {}", script, e.getMessage());
            }
        }
        LOG.warn("the team server store {} was not encrypted (made by an earlier version): encrypted it with the key from {}",
                data, key.source);
    }

    /** H2's refusal as a sentence naming the file. */
    private static RuntimeException explain(SQLException e, Path store, StoreKey key) {
        Path data = dataFile(store);
        return switch (e.getErrorCode()) {
            case 90020 -> new IllegalStateException("Cannot open the team server store " + data + ": the team server at "
                    + store.getParent() + " is running and holds its store; stop it first, or run the server on PostgreSQL"
                    + " (--db), where these commands work while it runs.", e);
            case 90049, 28000 -> new IllegalStateException("Cannot open the team server store " + data + ": the key from "
                    + key.source + " does not decrypt it. Give the key it was made with (" + ENV + ", --db-key-file, or"
                    + " the key file " + store.resolveSibling(KEY_FILE) + ").", e);
            case 90030 -> new IllegalStateException("The team server store " + data + " is damaged (" + e.getMessage()
                    + "); restore it from a backup.", e);
            default -> new IllegalStateException("Cannot open the team server store " + data + ": " + e.getMessage(), e);
        };
    }

    /** Makes the folder owner-only (0700), creating it if needed; skipped on non-POSIX file systems. */
    static void ownerOnlyFolder(Path folder) {
        try {
            if (!Files.exists(folder)) {
                try {
                    Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_FOLDER));
                } catch (UnsupportedOperationException notPosix) {
                    Files.createDirectories(folder);
                    return;
                }
            }
            Set<PosixFilePermission> now = Files.getPosixFilePermissions(folder);
            if (!now.equals(OWNER_FOLDER)) {
                Files.setPosixFilePermissions(folder, OWNER_FOLDER);
                LOG.info("made the team server store folder {} owner-only (was {})", folder, PosixFilePermissions.toString(now));
            }
        } catch (UnsupportedOperationException notPosix) {
            // not a POSIX file system: its own access control applies
        } catch (IOException e) {
            LOG.warn("cannot make the team server store folder {} owner-only: {}", folder, e.getMessage());
        }
    }

    /** Makes every file of the store (data, trace, temporary) owner-only (0600). */
    static void ownerOnly(Path store) {
        String prefix = store.getFileName().toString() + ".";
        try (var files = Files.list(store.getParent())) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
                try {
                    if (Files.isRegularFile(file) && !Files.getPosixFilePermissions(file).equals(OWNER_FILE)) {
                        Files.setPosixFilePermissions(file, OWNER_FILE);
                    }
                } catch (UnsupportedOperationException notPosix) {
                    return;
                } catch (IOException e) {
                    LOG.warn("cannot make {} owner-only: {}", file, e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot list the team server store folder {}: {}", store.getParent(), e.getMessage());
        }
    }

    private static byte[] random(int bytes) {
        byte[] out = new byte[bytes];
        new SecureRandom().nextBytes(out);
        return out;
    }
}
