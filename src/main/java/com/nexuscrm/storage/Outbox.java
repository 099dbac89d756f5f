package com.nexuscrm.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Read access to the captured changes waiting to be pushed. */
public final class Outbox {
    /**
     * One captured change: the fields it set (JSON) and the values and server version they replaced. An
     * INSERT has empty fields: the whole record, read from its row at push time, is the change.
     */
    public record Entry(long seq, UUID opId, String entity, UUID recordId, String op, String fields,
                        String baseValues, long baseVersion, long hlc) { }

    private final WorkspaceStore store;

    Outbox(WorkspaceStore store) {
        this.store = store;
    }

    public long size() {
        return store.withConnection(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("select count(*) from outbox")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The oldest {@code limit} entries, in capture order. */
    public List<Entry> head(int limit) {
        return store.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("select seq, op_id, entity, record_id, op, fields,"
                    + " base_values, base_version, hlc from outbox order by seq limit ?")) {
                q.setInt(1, limit);
                List<Entry> entries = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new Entry(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                                rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getString(7),
                                rs.getLong(8), rs.getLong(9)));
                    }
                }
                return entries;
            }
        });
    }
}
