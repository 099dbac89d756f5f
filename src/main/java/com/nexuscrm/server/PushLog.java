package com.nexuscrm.server;

import com.nexuscrm.protocol.Mutation;
import com.nexuscrm.protocol.MutationResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code push_log}: every pushed mutation's result by user and client, so a replay gets the same answer. */
final class PushLog {
    private final Connection c;

    PushLog(Connection c) {
        this.c = c;
    }

    /** A mutation this user already pushed from this client: its stored result and the hash of what it said. */
    record Logged(MutationResult result, String hash) {
        /** The stored result for a replay of the same request; a different request under the same id is refused. */
        MutationResult replayOf(String requestHash, Mutation m) {
            if (hash != null && !hash.equals(requestHash)) {
                throw new SyncService.ReplayMismatch("Mutation " + m.mutationId() + " was already pushed from this"
                        + " workstation with other content; a change must keep its id and content. Nothing was applied.");
            }
            return result;
        }
    }

    Optional<Logged> logged(UUID userId, UUID clientId, UUID mutationId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select status, version, reason, conflict_fields, request_hash"
                + " from push_log where user_id = ? and client_id = ? and mutation_id = ?")) {
            q.setObject(1, userId);
            q.setObject(2, clientId);
            q.setObject(3, mutationId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String fields = rs.getString(4);
                return Optional.of(new Logged(new MutationResult(mutationId, rs.getString(1), rs.getLong(2), rs.getString(3),
                        fields == null || fields.isEmpty() ? List.of() : Arrays.asList(fields.split(","))), rs.getString(5)));
            }
        }
    }

    void log(UUID clientId, UUID userId, Mutation m, String hash, MutationResult r) throws SQLException {
        try (PreparedStatement i = c.prepareStatement("insert into push_log(client_id, mutation_id, user_id, entity,"
                + " record_id, status, version, reason, conflict_fields, received_at, request_hash)"
                + " values (?,?,?,?,?,?,?,?,?,?,?)")) {
            i.setObject(1, clientId);
            i.setObject(2, r.mutationId());
            i.setObject(3, userId);
            i.setString(4, m.entity());
            i.setObject(5, m.recordId());
            i.setString(6, r.status());
            i.setLong(7, r.version());
            i.setString(8, r.reason());
            i.setString(9, String.join(",", r.conflictFields()));
            i.setTimestamp(10, Timestamp.from(Instant.now()));
            i.setString(11, hash);
            i.executeUpdate();
        }
    }
}
