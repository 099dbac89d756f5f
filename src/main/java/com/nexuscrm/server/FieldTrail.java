package com.nexuscrm.server;

import com.nexuscrm.protocol.RecordChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The trail a push leaves beside the records, on the caller's connection (inside its transaction): every value
 * replaced or refused in {@code field_history}, and every high-stakes disagreement in {@code sync_conflict}.
 */
final class FieldTrail {
    private final Connection c;

    FieldTrail(Connection c) {
        this.c = c;
    }

    void conflict(RecordChange record, String field, String base, String server, String client, UUID clientId,
                  UUID mutationId, UUID userId) throws SQLException {
        try (PreparedStatement i = c.prepareStatement("insert into sync_conflict(id, entity, record_id, field, base_value,"
                + " server_value, client_value, client_id, mutation_id, user_id, created_at) values (?,?,?,?,?,?,?,?,?,?,?)")) {
            i.setObject(1, UUID.randomUUID());
            i.setString(2, record.entity());
            i.setObject(3, record.id());
            i.setString(4, field);
            i.setString(5, storable(base));
            i.setString(6, storable(server));
            i.setString(7, storable(client));
            i.setObject(8, clientId);
            i.setObject(9, mutationId);
            i.setObject(10, userId);
            i.setTimestamp(11, Timestamp.from(Instant.now()));
            i.executeUpdate();
        }
    }

    void history(RecordChange record, String field, String oldValue, String newValue, long version, UUID userId,
                 String kept) throws SQLException {
        try (PreparedStatement i = c.prepareStatement("insert into field_history(id, entity, record_id, field, old_value,"
                + " new_value, version, user_id, kept, changed_at) values (?,?,?,?,?,?,?,?,?,?)")) {
            i.setObject(1, UUID.randomUUID());
            i.setString(2, record.entity());
            i.setObject(3, record.id());
            i.setString(4, field);
            i.setString(5, storable(oldValue));
            i.setString(6, storable(newValue));
            i.setLong(7, version);
            i.setObject(8, userId);
            i.setString(9, kept);
            i.setTimestamp(10, Timestamp.from(Instant.now()));
            i.executeUpdate();
        }
    }

    /**
     * A value as history and conflicts can keep it: PostgreSQL's text refuses the NUL character, which a
     * record stored before validation (or written around it) may still hold; it is kept as its JSON escape
     * {@code \u0000}, so correcting such a record does not fail the whole push.
     */
    static String storable(String value) {
        return value == null || value.indexOf('\u0000') < 0 ? value : value.replace("\u0000", "\\u0000");
    }
}
