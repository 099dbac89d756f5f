package com.nexuscrm.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The team server's store: PostgreSQL in production, an H2 file (PostgreSQL mode) by default, with
 * the same migrations. Every instance of the server is stateless over it.
 */
public final class ServerDatabase implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final String description;
    private final Path h2File;

    private ServerDatabase(HikariDataSource dataSource, String description, Path h2File) {
        this.dataSource = dataSource;
        this.description = description;
        this.h2File = h2File;
    }

    /** The name of the default store's files ({@code team-server.mv.db}) in its folder. */
    public static final String STORE_NAME = "team-server";
    /** The environment variable that may give the default store's encryption key. */
    public static final String KEY_ENV = StoreKey.ENV;

    /**
     * The default store: an H2 file in the given folder, encrypted with H2's {@code CIPHER=AES}, so a server
     * runs with no setup ({@link #open} finds or makes its key, see {@link StoreKey}). No AUTO_SERVER and
     * no TCP mode: the store never listens on a port, and while a server runs the {@code nexus server user}
     * commands cannot open it (they say so); on PostgreSQL they can. WRITE_DELAY=0: a push is answered only
     * after its commit is in the file; with H2's default delay a killed server lost a batch it had already
     * acknowledged (SyncKillTest).
     */
    public static String defaultUrl(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve(STORE_NAME)
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CIPHER=AES;WRITE_DELAY=0;CACHE_SIZE=262144";
    }

    /** Connects and migrates; an encrypted H2 file's key comes from NEXUS_SERVER_DB_KEY or its folder. */
    public static ServerDatabase open(String jdbcUrl) {
        return open(jdbcUrl, null);
    }

    /**
     * Connects and migrates; fails with a message naming the URL when the database cannot be reached. For
     * an encrypted H2 file ({@code CIPHER=AES}, as {@link #defaultUrl}) the key comes from {@code keyFile}
     * when given, else from NEXUS_SERVER_DB_KEY, else from (or, for a new store, into) the key file beside
     * the store; see {@link StoreKey}.
     */
    public static ServerDatabase open(String jdbcUrl, Path keyFile) {
        return open(jdbcUrl, keyFile, System.getenv(StoreKey.ENV));
    }

    static ServerDatabase open(String jdbcUrl, Path keyFile, String environmentKey) {
        refuseServerModes(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(16);
        config.setPoolName("nexus-server");
        config.setInitializationFailTimeout(10_000);
        Path h2File = encryptedH2File(jdbcUrl);
        if (h2File != null) {
            StoreKey key = StoreKey.prepare(jdbcUrl, h2File, keyFile, environmentKey);
            config.setPassword(key.h2Password());
            config.setInitializationFailTimeout(1);
        }
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot connect to the server database " + redact(jdbcUrl) + ": "
                    + rootMessage(e) + ". Check the URL, that the database is running, and the credentials.", e);
        }
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/server").load().migrate();
            if (jdbcUrl.toLowerCase(java.util.Locale.ROOT).startsWith("jdbc:h2:")) {
                cacheSequences(dataSource);
            }
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        if (h2File != null) {
            StoreKey.ownerOnly(h2File);
        }
        return new ServerDatabase(dataSource, redact(jdbcUrl), h2File);
    }

    /**
     * H2 writes a sequence's position to the file, with a commit of the whole store, every time its cache (32 values
     * by default) runs out: one encrypted chunk write per 32 campaign changes made scheduling 20,000 touches spend
     * most of its time there. H2's cache is one block shared by every session, so values still come out in order
     * (a restart skips the unused rest of a block: gaps, never a repeat). Not on PostgreSQL, whose cache is per
     * session and would hand two connections interleaved blocks.
     */
    private static void cacheSequences(DataSource ds) {
        try (Connection c = ds.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("alter sequence campaign_change_seq cache 4096");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up the server store's campaign sequence: " + e.getMessage(), e);
        }
    }

    /** The H2 file of a {@code jdbc:h2:file:} URL with {@code CIPHER=AES}; null for any other URL. */
    static Path encryptedH2File(String url) {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:file:") || !lower.contains(";cipher=aes")) {
            return null;
        }
        String path = url.substring("jdbc:h2:file:".length());
        int settings = path.indexOf(';');
        return Path.of(settings < 0 ? path : path.substring(0, settings)).toAbsolutePath();
    }

    /** H2's AUTO_SERVER and TCP/SSL server modes would open a port to the store: never used. */
    static void refuseServerModes(String url) {
        String lower = url.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        if (lower.startsWith("jdbc:h2:") && (lower.contains("auto_server=true") || lower.startsWith("jdbc:h2:tcp:")
                || lower.startsWith("jdbc:h2:ssl:"))) {
            throw new IllegalArgumentException("--db: H2's server modes (AUTO_SERVER, tcp:, ssl:) open a network port to the"
                    + " store and are not used; give an H2 file URL (jdbc:h2:file:...) or PostgreSQL");
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String description() {
        return description;
    }

    /** True when a connection answers. */
    public boolean isHealthy() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Hides passwords given in the URL before it is logged or shown. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    @Override
    public void close() {
        dataSource.close();
        if (h2File != null) {
            StoreKey.ownerOnly(h2File);
        }
    }
}
