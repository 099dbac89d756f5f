package com.nexuscrm.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.domain.Hlc;
import com.nexuscrm.domain.SyncedRecord;
import com.nexuscrm.protocol.ConflictRecord;
import com.nexuscrm.protocol.ConflictsResponse;
import com.nexuscrm.protocol.RecordChange;
import com.nexuscrm.protocol.Resolution;
import com.nexuscrm.protocol.ResolveRequest;
import com.nexuscrm.protocol.ResolveResponse;
import com.nexuscrm.protocol.WireRecords;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The conflicts inbox on the server: lists the open conflicts on records a user may see, and applies a
 * person's resolution as a new version of the record (so it reaches every workstation by pull), with
 * the replaced value in field history.
 */
public final class ConflictService {
    private static final int MAX_LISTED = 1_000;
    private static final java.util.Map<String, String> CONVERSION_LINKS = java.util.Map.of("convertedAccountId", "Account",
            "convertedContactId", "Contact", "convertedDealId", "Deal");
    private static final Set<String> NOT_RESOLVABLE = Set.of("id", "version", "updatedAt", "deleted", "teamId");

    private final DataSource db;
    private final ObjectMapper json;
    private final Clock clock;

    public ConflictService(DataSource db, ObjectMapper json, Clock clock) {
        this.db = db;
        this.json = json;
        this.clock = clock;
    }

    /** Open conflicts in the user's scope, oldest first; "theirs" is the record's value now. */
    public ConflictsResponse open(Principal user) throws SQLException {
        try (Connection c = db.getConnection()) {
            List<Object> params = new ArrayList<>();
            String scope = Scope.of(user, c).condition(params, "s.owner_id", "s.team_id");
            List<ConflictRecord> open = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("select k.id, k.entity, k.record_id, k.field, k.base_value,"
                    + " s.fields, k.client_value, u.display_name, k.created_at from sync_conflict k"
                    + " join sync_record s on s.id = k.record_id left join app_user u on u.id = k.user_id"
                    + " where k.resolved = false and s.deleted = false and " + scope + " order by k.created_at, k.id limit " + MAX_LISTED)) {
                for (int i = 0; i < params.size(); i++) {
                    q.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        JsonNode now = json.readTree(rs.getString(6)).get(rs.getString(4));
                        open.add(new ConflictRecord(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                                rs.getString(4), rs.getString(5), MutationMerge.text(now), rs.getString(7), rs.getString(8),
                                rs.getTimestamp(9).toInstant()));
                    }
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new SQLException("A stored record is not JSON", e);
            }
            return new ConflictsResponse(open);
        }
    }

    /** Applies each resolution in one transaction under the version counter lock. */
    public ResolveResponse resolve(Principal user, ResolveRequest request) throws SQLException {
        if (request == null || request.resolutions() == null || request.resolutions().size() > 500) {
            throw new SyncService.BadPush("Send {\"resolutions\":[{\"conflictId\":...,\"value\":...}]}, at most 500.");
        }
        for (Resolution r : request.resolutions()) {
            if (r == null || r.conflictId() == null) {
                throw new SyncService.BadPush("Every resolution needs a conflictId.");
            }
        }
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                SyncStore store = new SyncStore(c, json);
                long[] counter = {store.lockCounter()};
                Scope scope = Scope.of(user, c);
                List<ResolveResponse.Result> results = new ArrayList<>();
                for (Resolution r : request.resolutions()) {
                    results.add(resolveOne(c, store, scope, user, counter, r));
                }
                store.saveCounter(counter[0]);
                c.commit();
                return new ResolveResponse(results);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /**
     * Why a lead's conversion link may not be set to this value: a second conversion's "keep mine" would point the
     * lead at an account, contact or deal the team server never kept (it refused or folded it). Null when it may.
     */
    private static String danglingConversion(SyncStore store, String field, JsonNode value) throws SQLException {
        String entity = CONVERSION_LINKS.get(field);
        if (entity == null || value == null || value.isNull()) {
            return null;
        }
        UUID id;
        try {
            id = SyncService.uuid(value);
        } catch (IllegalArgumentException notAnId) {
            return null; // the record check names the broken value
        }
        boolean live = store.lockRecord(id).filter(x -> x.entity().equals(entity) && !x.deleted()).isPresent();
        return live ? null : "The " + entity.toLowerCase(java.util.Locale.ROOT) + " this workstation's conversion made"
                + " was not kept by the team server: the lead was converted on another workstation first. Keep the"
                + " team's value; the lead's records stay as the first conversion made them.";
    }

    private ResolveResponse.Result resolveOne(Connection c, SyncStore store, Scope scope, Principal user, long[] counter,
                                              Resolution r) throws SQLException {
        String field;
        UUID recordId;
        boolean resolved;
        try (PreparedStatement q = c.prepareStatement("select field, record_id, resolved from sync_conflict where id = ? for update")) {
            q.setObject(1, r.conflictId());
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return new ResolveResponse.Result(r.conflictId(), "REJECTED", 0, "No such conflict.");
                }
                field = rs.getString(1);
                recordId = rs.getObject(2, UUID.class);
                resolved = rs.getBoolean(3);
            }
        }
        Optional<RecordChange> locked = store.lockRecord(recordId);
        if (locked.isEmpty() || !scope.covers(locked.get().ownerId(), locked.get().teamId())) {
            return new ResolveResponse.Result(r.conflictId(), "REJECTED", 0, "The record is not in your teams.");
        }
        RecordChange current = locked.get();
        if (resolved) {
            return new ResolveResponse.Result(r.conflictId(), "ALREADY_RESOLVED", current.version(), null);
        }
        if (NOT_RESOLVABLE.contains(field) || SyncedRecord.DERIVED_FIELDS.contains(field)) {
            return new ResolveResponse.Result(r.conflictId(), "REJECTED", 0, "The field '" + field + "' cannot be set this way.");
        }
        JsonNode value = r.value() == null ? NullNode.getInstance() : r.value();
        String dangling = danglingConversion(store, field, value);
        if (dangling != null) {
            return new ResolveResponse.Result(r.conflictId(), "REJECTED", 0, dangling);
        }
        long version = current.version();
        if (!SyncService.same(current.fields().get(field), value)) {
            ObjectNode fields = current.fields().deepCopy();
            fields.set(field, value);
            if (WireRecords.check(current.entity(), fields) instanceof WireRecords.Invalid invalid) {
                return new ResolveResponse.Result(r.conflictId(), "REJECTED", 0,
                        "The team server refused this value: " + invalid.reason() + ". Choose another value.");
            }
            UUID owner = SyncService.uuid(fields.get("ownerId"));
            String misplaced = Objects.equals(owner, current.ownerId()) ? null : scope.placementProblem(owner, current.teamId());
            if (misplaced != null) {
                return new ResolveResponse.Result(r.conflictId(), "REJECTED", 0, "That owner cannot be chosen: " + misplaced);
            }
            version = ++counter[0];
            RecordChange next = new RecordChange(current.entity(), current.id(), version,
                    Math.max(Hlc.atMillis(clock.millis()), current.updatedAt() + 1), current.deleted(), owner,
                    current.teamId(), fields);
            store.update(next);
            store.revokeIfMoved(current, next);
            store.trail().history(current, field, MutationMerge.text(current.fields().get(field)), MutationMerge.text(value),
                    version, user.userId(), "resolved");
        }
        try (PreparedStatement u = c.prepareStatement("update sync_conflict set resolved = true, resolved_by = ?,"
                + " resolved_at = ?, resolved_value = ? where record_id = ? and field = ? and resolved = false")) {
            u.setObject(1, user.userId());
            u.setTimestamp(2, Timestamp.from(clock.instant()));
            u.setString(3, MutationMerge.text(value));
            u.setObject(4, recordId);
            u.setString(5, field);
            u.executeUpdate();
        }
        return new ResolveResponse.Result(r.conflictId(), "RESOLVED", version, null);
    }
}
