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

    private ServerDatabase(HikariDataSource dataSource, String description) {
        this.dataSource = dataSource;
        this.description = description;
    }

    /**
     * The default store: an H2 file in the given folder, so a server runs with no setup. AUTO_SERVER lets
     * {@code nexus server user add} reach it while the server runs. WRITE_DELAY=0: a push is answered only
     * after its commit is in the file; with H2's default delay a killed server lost a batch it had
     * already acknowledged (SyncKillTest).
     */
    public static String defaultUrl(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve("team-server")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE;WRITE_DELAY=0";
    }

    /** Connects and migrates; fails with a message naming the URL when the database cannot be reached. */
    public static ServerDatabase open(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(16);
        config.setPoolName("nexus-server");
        config.setInitializationFailTimeout(10_000);
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot connect to the server database " + redact(jdbcUrl) + ": "
                    + rootMessage(e) + ". Check the URL, that the database is running, and the credentials.", e);
        }
        Flyway.configure().dataSource(dataSource).locations("classpath:db/server").load().migrate();
        return new ServerDatabase(dataSource, redact(jdbcUrl));
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
    }
}
