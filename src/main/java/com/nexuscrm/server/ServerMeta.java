package com.nexuscrm.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Server-wide settings in {@code server_meta}, on the caller's connection and transaction. */
final class ServerMeta {
    private ServerMeta() { }

    static Optional<String> get(Connection c, String key) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select meta_value from server_meta where meta_key = ?")) {
            q.setString(1, key);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Adds the key; fails (SQL state 23...) when it exists. */
    static void insert(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement i = c.prepareStatement("insert into server_meta(meta_key, meta_value) values (?, ?)")) {
            i.setString(1, key);
            i.setString(2, value);
            i.executeUpdate();
        }
    }

    /** Sets the key, whether or not it exists. */
    static void put(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("update server_meta set meta_value = ? where meta_key = ?")) {
            u.setString(1, value);
            u.setString(2, key);
            if (u.executeUpdate() == 0) {
                insert(c, key, value);
            }
        }
    }
}
