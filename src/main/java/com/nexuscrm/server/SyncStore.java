package com.nexuscrm.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.protocol.RecordChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Row access for push and pull on one connection (inside the caller's transaction); the push log is {@link PushLog},
 * field history and conflicts are {@link FieldTrail}.
 */
final class SyncStore {
    private final Connection c;
    private final ObjectMapper json;

    SyncStore(Connection c, ObjectMapper json) {
        this.c = c;
        this.json = json;
    }

    /** Locks the version counter for the rest of the transaction and returns its value. */
    long lockCounter() throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select counter from version_counter where id = 1 for update");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void saveCounter(long value) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("update version_counter set counter = ? where id = 1")) {
            u.setLong(1, value);
            u.executeUpdate();
        }
    }

    Optional<RecordChange> lockRecord(UUID id) throws SQLException {
        return record(id, " for update");
    }

    /** The record with this id as stored, without locking it (to check what a mutation refers to). */
    Optional<RecordChange> peek(UUID id) throws SQLException {
        return record(id, "");
    }

    private Optional<RecordChange> record(UUID id, String lock) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select entity, id, version, updated_at, deleted, owner_id,"
                + " team_id, fields from sync_record where id = ?" + lock)) {
            q.setObject(1, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(change(rs)) : Optional.empty();
            }
        }
    }

    /**
     * The live records other than {@code id} itself whose stored fields mention it anywhere (a scan, for the rare
     * folding of a duplicate conversion account); the caller reads each to see which field holds it.
     */
    List<UUID> liveMentioning(UUID id) throws SQLException {
        List<UUID> ids = new java.util.ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("select id from sync_record where deleted = false and id <> ?"
                + " and fields like ?")) {
            q.setObject(1, id);
            q.setString(2, "%" + id + "%");
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    void insert(RecordChange r) throws SQLException {
        write("insert into sync_record(entity, version, updated_at, deleted, owner_id, team_id, fields, id)"
                + " values (?,?,?,?,?,?,?,?)", r);
    }

    void update(RecordChange r) throws SQLException {
        write("update sync_record set entity = ?, version = ?, updated_at = ?, deleted = ?, owner_id = ?, team_id = ?,"
                + " fields = ? where id = ?", r);
    }

    private void write(String sql, RecordChange r) throws SQLException {
        try (PreparedStatement w = c.prepareStatement(sql)) {
            w.setString(1, r.entity());
            w.setLong(2, r.version());
            w.setLong(3, r.updatedAt());
            w.setBoolean(4, r.deleted());
            w.setObject(5, r.ownerId());
            w.setObject(6, r.teamId());
            w.setString(7, r.fields().toString());
            w.setObject(8, r.id());
            w.executeUpdate();
        }
    }

    /** The record left its old owner's or team's scope: those clients must drop it. */
    void revokeIfMoved(RecordChange before, RecordChange after) throws SQLException {
        if (java.util.Objects.equals(before.ownerId(), after.ownerId()) && java.util.Objects.equals(before.teamId(), after.teamId())) {
            return;
        }
        try (PreparedStatement i = c.prepareStatement("insert into sync_revoke(version, record_id, old_owner_id,"
                + " old_team_id, revoked_at) values (?,?,?,?,?)")) {
            i.setLong(1, after.version());
            i.setObject(2, after.id());
            i.setObject(3, before.ownerId());
            i.setObject(4, before.teamId());
            i.setTimestamp(5, Timestamp.from(Instant.now()));
            i.executeUpdate();
        }
    }

    /**
     * Records that left this scope at a version in (from, to]: revokes matching the old scope whose
     * record the scope does not cover now (a record that came back is simply in the page). Returns the
     * ids and the highest revoke version looked at, so the cursor can move past it.
     */
    Revokes revokes(long from, long to, Scope scope) throws SQLException {
        if (scope.isAdmin()) {
            return new Revokes(List.of(), from); // an admin's scope covers every record: nothing ever leaves it
        }
        List<Object> params = new java.util.ArrayList<>();
        String old = scope.condition(params, "r.old_owner_id", "r.old_team_id");
        List<UUID> ids = new java.util.ArrayList<>();
        long highest = from;
        try (PreparedStatement q = c.prepareStatement("select r.record_id, r.version, s.owner_id, s.team_id"
                + " from sync_revoke r left join sync_record s on s.id = r.record_id"
                + " where r.version > ? and r.version <= ? and " + old + " order by r.version")) {
            q.setLong(1, from);
            q.setLong(2, to);
            int i = 3;
            for (Object p : params) {
                q.setObject(i++, p);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    highest = Math.max(highest, rs.getLong(2));
                    if (!scope.covers(rs.getObject(3, UUID.class), rs.getObject(4, UUID.class))) {
                        ids.add(rs.getObject(1, UUID.class));
                    }
                }
            }
        }
        return new Revokes(ids.stream().distinct().toList(), highest);
    }

    record Revokes(List<UUID> ids, long highest) { }

    /**
     * Deletes tombstones last changed before {@code cutoffHlc} and revokes written before
     * {@code revokedBefore}; returns how many tombstones went and the highest version removed.
     */
    Purged purge(long cutoffHlc, Timestamp revokedBefore) throws SQLException {
        long highest = 0;
        int tombstones;
        try (PreparedStatement q = c.prepareStatement(
                "select coalesce(max(version), 0), count(*) from sync_record where deleted = true and updated_at < ?");
             PreparedStatement r = c.prepareStatement("select coalesce(max(version), 0) from sync_revoke where revoked_at < ?")) {
            q.setLong(1, cutoffHlc);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                highest = rs.getLong(1);
                tombstones = rs.getInt(2);
            }
            r.setTimestamp(1, revokedBefore);
            try (ResultSet rs = r.executeQuery()) {
                rs.next();
                highest = Math.max(highest, rs.getLong(1));
            }
        }
        try (PreparedStatement d = c.prepareStatement("delete from sync_record where deleted = true and updated_at < ?");
             PreparedStatement r = c.prepareStatement("delete from sync_revoke where revoked_at < ?")) {
            d.setLong(1, cutoffHlc);
            d.executeUpdate();
            r.setTimestamp(1, revokedBefore);
            r.executeUpdate();
        }
        return new Purged(tombstones, highest);
    }

    record Purged(int tombstones, long highestVersion) { }

    /** The field history and conflicts of this transaction's changes. */
    FieldTrail trail() {
        return new FieldTrail(c);
    }

    /** One pull page: its records in version order, and whether more follow. */
    record Page(List<RecordChange> records, boolean more) { }

    /**
     * Up to {@code limit} records above the cursor within the scope condition, in version order, and no
     * more than {@code maxChars} of JSON unless the first record alone is larger. The sizes are read first
     * and only the page's rows then, so a run of huge records never sits in the server's memory at once.
     */
    Page page(long cursor, int limit, int maxChars, String scopeSql, List<Object> scopeParams) throws SQLException {
        long last = cursor;
        int taken = 0;
        boolean more = false;
        try (PreparedStatement q = c.prepareStatement("select version, char_length(fields) from sync_record"
                + " where version > ? and " + scopeSql + " order by version limit ?")) {
            int i = bind(q, cursor, scopeParams);
            q.setInt(i, limit + 1);
            long chars = 0;
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    chars += rs.getLong(2);
                    if (taken == limit || taken > 0 && chars > maxChars) {
                        more = true;
                        break;
                    }
                    last = rs.getLong(1);
                    taken++;
                }
            }
        }
        if (taken == 0) {
            return new Page(List.of(), false);
        }
        try (PreparedStatement q = c.prepareStatement("select entity, id, version, updated_at, deleted, owner_id, team_id,"
                + " fields from sync_record where version > ? and " + scopeSql + " and version <= ? order by version")) {
            int i = bind(q, cursor, scopeParams);
            q.setLong(i, last);
            List<RecordChange> rows = new java.util.ArrayList<>(taken);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(change(rs));
                }
            }
            return new Page(rows, more);
        }
    }

    private static int bind(PreparedStatement q, long cursor, List<Object> scopeParams) throws SQLException {
        q.setLong(1, cursor);
        int i = 2;
        for (Object p : scopeParams) {
            q.setObject(i++, p);
        }
        return i;
    }

    private RecordChange change(ResultSet rs) throws SQLException {
        try {
            return new RecordChange(rs.getString(1), rs.getObject(2, UUID.class), rs.getLong(3), rs.getLong(4),
                    rs.getBoolean(5), rs.getObject(6, UUID.class), rs.getObject(7, UUID.class),
                    (ObjectNode) json.readTree(rs.getString(8)));
        } catch (JsonProcessingException e) {
            throw new SQLException("Stored fields of record " + rs.getObject(2) + " are not JSON", e);
        }
    }
}
