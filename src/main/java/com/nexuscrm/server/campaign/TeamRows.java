package com.nexuscrm.server.campaign;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The server's campaign tables over JDBC: one statement with positional arguments (an {@link Instant} becomes a
 * timestamp), on a pooled connection (autocommit) or on the caller's connection inside its transaction.
 */
final class TeamRows {
    private TeamRows() { }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Work on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    static <T> T with(DataSource ds, Work<T> work) {
        try (Connection c = ds.getConnection()) {
            return work.on(c);
        } catch (SQLException e) {
            throw new IllegalStateException("The team server's campaign tables could not be read or written: "
                    + e.getMessage(), e);
        }
    }

    /** The work in one transaction: committed when it returns, rolled back when it throws. */
    static <T> T inTransaction(DataSource ds, Work<T> work) {
        return with(ds, c -> {
            c.setAutoCommit(false);
            try {
                T result = work.on(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    static int update(DataSource ds, String sql, Object... args) {
        return with(ds, c -> update(c, sql, args));
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement u = c.prepareStatement(sql)) {
            bind(u, args);
            return u.executeUpdate();
        }
    }

    static <T> List<T> list(DataSource ds, String sql, Row<T> row, Object... args) {
        return with(ds, c -> list(c, sql, row, args));
    }

    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            bind(q, args);
            try (ResultSet rs = q.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row.map(rs));
                }
                return rows;
            }
        }
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static void bind(PreparedStatement s, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i] instanceof Instant at ? Timestamp.from(at) : args[i];
            s.setObject(i + 1, arg);
        }
    }
}
