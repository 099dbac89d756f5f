package com.nexuscrm.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.domain.Hlc;
import com.nexuscrm.sync.wire.Mutation;
import com.nexuscrm.sync.wire.MutationResult;
import com.nexuscrm.sync.wire.PullResponse;
import com.nexuscrm.sync.wire.PushRequest;
import com.nexuscrm.sync.wire.PushResponse;
import com.nexuscrm.sync.wire.RecordChange;
import com.nexuscrm.sync.wire.SyncedTypes;
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

    public PushResponse push(Principal user, PushRequest request) throws SQLException {
        validate(request);
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                SyncStore store = new SyncStore(c, json);
                long[] counter = {store.lockCounter()};
                Scope scope = Scope.of(user, c);
                List<MutationResult> results = new ArrayList<>();
                for (Mutation m : request.mutations()) {
                    Optional<MutationResult> seen = store.loggedResult(request.clientId(), m.mutationId());
                    if (seen.isPresent()) {
                        results.add(seen.get());
                        continue;
                    }
                    MutationResult result = new MutationMerge(store, scope, user, request.clientId(), m, counter,
                            clampedHlc(m.hlc(), user)).apply();
                    store.log(request.clientId(), user.userId(), m.entity(), m.recordId(), result);
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
        for (int i = 0; i < request.mutations().size(); i++) {
            Mutation m = request.mutations().get(i);
            String where = "mutations[" + i + "]";
            if (m == null || m.mutationId() == null || m.recordId() == null || m.fields() == null) {
                throw new BadPush(where + ": mutationId, recordId and fields are required");
            }
            if (!SyncedTypes.NAMES.contains(m.entity())) {
                throw new BadPush(where + ": unknown entity type '" + m.entity() + "'");
            }
            if (!Set.of("INSERT", "UPDATE", "DELETE").contains(m.op())) {
                throw new BadPush(where + ": op must be INSERT, UPDATE or DELETE, not '" + m.op() + "'");
            }
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

    /** The records above {@code cursor} that the user may see, from one snapshot, in version order. */
    public PullResponse pull(Principal user, long cursor, int limit) throws SQLException {
        int pageSize = Math.max(1, Math.min(limit, 5_000));
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                List<Object> params = new ArrayList<>();
                String condition = Scope.of(user, c).condition(params);
                List<RecordChange> rows = new SyncStore(c, json).page(cursor, pageSize + 1, condition, params);
                boolean more = rows.size() > pageSize;
                List<RecordChange> page = more ? rows.subList(0, pageSize) : rows;
                long next = page.isEmpty() ? cursor : page.get(page.size() - 1).version();
                c.commit();
                return new PullResponse(List.copyOf(page), next, more);
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
