package com.nexuscrm.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.domain.Hlc;
import com.nexuscrm.json.Json;
import com.nexuscrm.protocol.RecordChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * Accounts and teams are the server's, but every workstation needs the team directory (owners, the
 * assign menu, the Team screen). Each change to a user or team is therefore also written as a synced
 * {@code User} / {@code Team} record, in the same transaction and under the version counter lock, so it
 * reaches the workstations of that team by the normal pull.
 */
final class DirectoryRecords {
    private static final ObjectMapper JSON = Json.mapper();

    private DirectoryRecords() { }

    /** Publishes the user's and its team's current rows; locks the version counter for the transaction. */
    static void publishUser(Connection c, UUID userId) throws SQLException {
        SyncStore store = new SyncStore(c, JSON);
        long[] counter = {store.lockCounter()};
        ObjectNode user = JSON.createObjectNode();
        UUID teamId;
        boolean active;
        try (PreparedStatement q = c.prepareStatement("select email, display_name, role, team_id, active from app_user where id = ?")) {
            q.setObject(1, userId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                teamId = rs.getObject(4, UUID.class);
                active = rs.getBoolean(5);
                user.put("email", rs.getString(1)).put("displayName", rs.getString(2)).put("role", rs.getString(3))
                        .put("teamId", teamId == null ? null : teamId.toString()).put("ownerId", userId.toString())
                        .put("available", active).put("timeZone", "UTC").put("workdayStart", 9).put("workdayEnd", 17);
            }
        }
        upsert(store, counter, "User", userId, userId, teamId, user);
        if (teamId != null) {
            publishTeam(store, counter, c, teamId);
        }
        store.saveCounter(counter[0]);
    }

    private static void publishTeam(SyncStore store, long[] counter, Connection c, UUID teamId) throws SQLException {
        ObjectNode team = JSON.createObjectNode();
        try (PreparedStatement q = c.prepareStatement("select t.name, (select min(cast(m.manager_id as varchar(36)))"
                + " from manager_team m where m.team_id = t.id) from team t where t.id = ?")) {
            q.setObject(1, teamId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                team.put("name", rs.getString(1)).put("managerId", rs.getString(2)).put("teamId", teamId.toString());
            }
        }
        upsert(store, counter, "Team", teamId, null, teamId, team);
    }

    /** Writes the record at a new version if it changed; a move out of a scope leaves a revoke behind. */
    private static void upsert(SyncStore store, long[] counter, String entity, UUID id, UUID owner, UUID team,
                               ObjectNode fields) throws SQLException {
        Optional<RecordChange> current = store.lockRecord(id);
        if (current.isPresent() && current.get().fields().equals(fields)) {
            return;
        }
        long version = ++counter[0];
        long hlc = Hlc.atMillis(System.currentTimeMillis());
        RecordChange next = new RecordChange(entity, id, version, hlc, false, owner, team, fields);
        if (current.isEmpty()) {
            store.insert(next);
        } else {
            store.update(next);
            store.revokeIfMoved(current.get(), next);
        }
    }
}
