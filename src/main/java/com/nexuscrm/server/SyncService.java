package com.nexuscrm.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.domain.Hlc;
import com.nexuscrm.protocol.Mutation;
import com.nexuscrm.protocol.MutationResult;
import com.nexuscrm.protocol.PullResponse;
import com.nexuscrm.protocol.PushRequest;
import com.nexuscrm.protocol.PushResponse;
import com.nexuscrm.protocol.RecordChange;
import com.nexuscrm.protocol.SyncedTypes;
import com.nexuscrm.protocol.WireRecords;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Push and pull (DESIGN.md, "Sync protocol"). A push is one transaction that first locks the version
 * counter, so pushes commit in version order; each mutation is looked up in the push log (replays
 * return the stored result), authorised against current server state, and merged field by field.
 */
public final class SyncService {
    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);
    private static final long MAX_SKEW_MILLIS = 60_000;
    private static final Set<String> META_FIELDS = Set.of("id", "version", "updatedAt");
    private static final String PURGED_THROUGH = "tombstones_purged_through";
    /** At most this much JSON of records in one pull page (besides the count limit): a page of large records stays small. */
    static final int PAGE_CHARS = 4_000_000;

    private final DataSource db;
    private final ObjectMapper json;
    private final Clock clock;

    public SyncService(DataSource db, ObjectMapper json, Clock clock) {
        this.db = db;
        this.json = json;
        this.clock = clock;
    }

    /** Thrown for a request that must be refused whole (HTTP 400); nothing was applied. */
    public static final class BadPush extends RuntimeException {
        public BadPush(String message) {
            super(message);
        }
    }

    /** A mutation id this user already sent with other content (HTTP 409); nothing of the request was applied. */
    public static final class ReplayMismatch extends RuntimeException {
        public ReplayMismatch(String message) {
            super(message);
        }
    }

    public PushResponse push(Principal user, PushRequest request) throws SQLException {
        validate(request);
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                SyncStore store = new SyncStore(c, json);
                PushLog log = new PushLog(c);
                long[] counter = {store.lockCounter()};
                Scope scope = Scope.of(user, c);
                List<MutationResult> results = new ArrayList<>();
                for (Mutation m : request.mutations()) {
                    String hash = MutationHash.of(m);
                    Optional<PushLog.Logged> seen = log.logged(user.userId(), request.clientId(), m.mutationId());
                    if (seen.isPresent()) {
                        results.add(seen.get().replayOf(hash, m));
                        continue;
                    }
                    MutationResult result = new MutationMerge(store, scope, user, request.clientId(), m, counter,
                            clampedHlc(m.hlc(), user)).apply();
                    log.log(request.clientId(), user.userId(), m, hash, result);
                    results.add(result);
                }
                store.saveCounter(counter[0]);
                c.commit();
                return new PushResponse(results);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static void validate(PushRequest request) {
        if (request == null || request.clientId() == null || request.mutations() == null) {
            throw new BadPush("Send {\"clientId\":..., \"schemaVersion\":..., \"mutations\":[...]}.");
        }
        if (request.mutations().size() > SyncedTypes.MAX_BATCH) {
            throw new BadPush("A push holds at most " + SyncedTypes.MAX_BATCH + " mutations; this one has "
                    + request.mutations().size() + ". Split it.");
        }
        Set<UUID> ids = new java.util.HashSet<>();
        for (int i = 0; i < request.mutations().size(); i++) {
            Mutation m = request.mutations().get(i);
            String where = "mutations[" + i + "]";
            if (m == null || m.mutationId() == null || m.recordId() == null || m.fields() == null) {
                throw new BadPush(where + ": mutationId, recordId and fields are required");
            }
            if (!ids.add(m.mutationId())) {
                throw new BadPush(where + ": mutationId " + m.mutationId() + " appears twice in this push; every change needs its own id");
            }
            if (!SyncedTypes.NAMES.contains(m.entity())) {
                throw new BadPush(where + ": unknown entity type '" + m.entity() + "'");
            }
            if (!Set.of("INSERT", "UPDATE", "DELETE").contains(m.op())) {
                throw new BadPush(where + ": op must be INSERT, UPDATE or DELETE, not '" + m.op() + "'");
            }
            Set<String> known = WireRecords.fields(m.entity()).keySet();
            m.fields().fieldNames().forEachRemaining(name -> {
                if (!known.contains(name)) {
                    throw new BadPush(where + ": a " + m.entity() + " has no field '" + name + "'");
                }
            });
        }
    }

    /**
     * True when the store answers a real query on the sync tables within two seconds: a database that has
     * closed itself (H2 out of memory) or lost its tables is reported, not just an open connection.
     */
    public boolean storeAnswers() {
        try (Connection c = db.getConnection();
             java.sql.Statement q = c.createStatement()) {
            q.setQueryTimeout(2);
            try (java.sql.ResultSet rs = q.executeQuery("select counter from version_counter where id = 1")) {
                return rs.next();
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("health check failed: {}", e.getMessage());
            return false;
        }
    }

    /** A client clock far ahead of the server would win every tie for days: clamp it and say so. */
    private long clampedHlc(long hlc, Principal user) {
        long limit = Hlc.atMillis(clock.millis() + MAX_SKEW_MILLIS);
        if (hlc > limit) {
            LOG.warn("clock skew clamped user={} clientMillis={} serverMillis={}", user.userId(), Hlc.millisOf(hlc), clock.millis());
            return Hlc.atMillis(clock.millis());
        }
        return hlc;
    }

    /** The cursor is older than the tombstones still kept: the client must take a fresh snapshot (HTTP 410). */
    public static final class ResyncRequired extends RuntimeException {
        public ResyncRequired(String message) {
            super(message);
        }
    }

    /**
     * The records above {@code cursor} that the user may see, from one snapshot, in version order, with
     * the records that left the user's scope in the same version range and the user's scope epoch.
     */
    public PullResponse pull(Principal user, long cursor, int limit) throws SQLException {
        int pageSize = Math.max(1, Math.min(limit, 5_000));
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                long purged = purgedThrough(c);
                if (cursor > 0 && cursor < purged) {
                    throw new ResyncRequired("This workstation last synced before version " + purged + ", and deletions"
                            + " older than the retention period have since been purged. It will push its changes and"
                            + " then take a fresh copy of the team's records.");
                }
                Scope scope = Scope.of(user, c);
                List<Object> params = new ArrayList<>();
                String condition = scope.condition(params);
                SyncStore store = new SyncStore(c, json);
                SyncStore.Page rows = store.page(cursor, pageSize, PAGE_CHARS, condition, params);
                boolean more = rows.more();
                List<RecordChange> page = rows.records();
                long last = page.isEmpty() ? cursor : page.get(page.size() - 1).version();
                SyncStore.Revokes revokes = store.revokes(cursor, more ? last : Long.MAX_VALUE, scope);
                c.commit();
                return new PullResponse(List.copyOf(page), revokes.ids(), Math.max(last, revokes.highest()), more,
                        scope.epoch());
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** The id of every mutation in the push log, of every user and client, in one scan (the sync benchmark's loss check). */
    public Set<UUID> loggedMutationIds() throws SQLException {
        Set<UUID> logged = new java.util.HashSet<>();
        try (Connection c = db.getConnection();
             java.sql.ResultSet rs = c.createStatement().executeQuery("select mutation_id from push_log")) {
            while (rs.next()) {
                logged.add(rs.getObject(1, UUID.class));
            }
        }
        return logged;
    }

    private static long purgedThrough(Connection c) throws SQLException {
        return ServerMeta.get(c, PURGED_THROUGH).map(Long::parseLong).orElse(0L);
    }

    /**
     * Deletes tombstones and revokes older than the retention period (DESIGN.md: at least 180 days) and
     * remembers the highest version purged: a client whose cursor is below it gets RESYNC_REQUIRED.
     * Returns how many tombstones went.
     */
    public int purgeTombstones(java.time.Duration retention) throws SQLException {
        long cutoff = Hlc.atMillis(clock.millis() - retention.toMillis());
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                long highest = purgedThrough(c);
                SyncStore store = new SyncStore(c, json);
                store.lockCounter();
                SyncStore.Purged purged = store.purge(cutoff,
                        java.sql.Timestamp.from(clock.instant().minus(retention)));
                highest = Math.max(highest, purged.highestVersion());
                ServerMeta.put(c, PURGED_THROUGH, Long.toString(highest));
                c.commit();
                if (purged.tombstones() > 0) {
                    LOG.info("purged tombstones count={} throughVersion={}", purged.tombstones(), highest);
                }
                return purged.tombstones();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** JSON values compared as the user sees them: 5, 5.0 and 5.00 are the same amount. */
    static boolean same(JsonNode a, JsonNode b) {
        JsonNode x = a == null ? NullNode.getInstance() : a;
        JsonNode y = b == null ? NullNode.getInstance() : b;
        if (x.isNumber() && y.isNumber()) {
            return x.decimalValue().compareTo(y.decimalValue()) == 0;
        }
        return x.equals(y);
    }

    /** The fields a client may set: no sync metadata, and no derived fields (scores are per workstation). */
    static ObjectNode withoutMeta(ObjectNode fields) {
        ObjectNode copy = fields.deepCopy();
        META_FIELDS.forEach(copy::remove);
        com.nexuscrm.domain.SyncedRecord.DERIVED_FIELDS.forEach(copy::remove);
        return copy;
    }

    static UUID uuid(JsonNode node) {
        return node == null || node.isNull() ? null : UUID.fromString(node.asText());
    }
}
