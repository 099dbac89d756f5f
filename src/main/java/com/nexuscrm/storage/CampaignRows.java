package com.nexuscrm.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The campaign tables' JDBC: one statement with positional arguments (an {@link Instant} becomes a timestamp). */
final class CampaignRows {
    private CampaignRows() { }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static int update(WorkspaceStore store, String sql, Object... args) {
        return store.withConnection(c -> {
            try (PreparedStatement u = c.prepareStatement(sql)) {
                bind(u, args);
                return u.executeUpdate();
            }
        });
    }

    static <T> List<T> list(WorkspaceStore store, String sql, Row<T> row, Object... args) {
        return store.withConnection(c -> {
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
        });
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static void bind(PreparedStatement s, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i] instanceof Instant at ? Timestamp.from(at) : args[i];
            s.setObject(i + 1, arg);
        }
    }
}
