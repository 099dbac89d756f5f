package com.nexuscrm.storage;

import com.nexuscrm.sync.HeldRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** {@code sync_hold}: pulled records held back because they do not fit (local schema V8). */
final class SyncHoldTable {
    private final WorkspaceStore store;

    SyncHoldTable(WorkspaceStore store) {
        this.store = store;
    }

    /** Inside the page's transaction: holds these records, and releases the ones that arrived valid. */
    static void update(Connection c, List<HeldRecord> held, Collection<UUID> applied) throws SQLException {
        if (!held.isEmpty()) {
            try (PreparedStatement m = c.prepareStatement("merge into sync_hold key(record_id) values (?,?,?,?,?,?)")) {
                for (HeldRecord h : held) {
                    m.setObject(1, h.recordId());
                    m.setString(2, h.entity());
                    m.setLong(3, h.version());
                    m.setString(4, h.fields());
                    m.setString(5, h.reason().length() <= 4_000 ? h.reason() : h.reason().substring(0, 3_997) + "...");
                    m.setTimestamp(6, Timestamp.from(h.receivedAt()));
                    m.addBatch();
                }
                m.executeBatch();
            }
        }
        if (!applied.isEmpty()) {
            try (PreparedStatement d = c.prepareStatement("delete from sync_hold where record_id = ?")) {
                for (UUID id : applied) {
                    d.setObject(1, id);
                    d.addBatch();
                }
                d.executeBatch();
            }
        }
    }

    List<HeldRecord> all() {
        return store.withConnection(c -> {
            List<HeldRecord> items = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("select entity, record_id, version, fields, reason,"
                    + " received_at from sync_hold order by received_at desc, record_id")) {
                while (rs.next()) {
                    items.add(new HeldRecord(rs.getString(1), rs.getObject(2, UUID.class), rs.getLong(3), rs.getString(4),
                            rs.getString(5), rs.getTimestamp(6).toInstant()));
                }
            }
            return items;
        });
    }
}
