package com.nexuscrm.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.SyncedRecord;
import com.nexuscrm.sync.ConflictItem;
import com.nexuscrm.sync.HeldRecord;
import com.nexuscrm.sync.LocalReplica;
import com.nexuscrm.sync.RejectionItem;
import com.nexuscrm.sync.ServerLink;
import com.nexuscrm.protocol.ConflictRecord;
import com.nexuscrm.protocol.Resolution;
import com.nexuscrm.protocol.Mutation;
import com.nexuscrm.protocol.MutationResult;
import com.nexuscrm.protocol.RecordChange;
import com.nexuscrm.protocol.WireRecords;
import jakarta.persistence.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;

/** The workspace as the sync engine sees it: outbox out, server pages in. */
public final class StoredReplica implements LocalReplica {
    private static final Map<String, Class<? extends SyncedRecord>> TYPES = WorkspaceStore.ENTITIES.stream()
            .collect(Collectors.toMap(Class::getSimpleName, Function.identity()));
    private static final List<String> TABLES = WorkspaceStore.ENTITIES.stream()
            .map(type -> type.getAnnotation(Table.class).name()).toList();

    private final WorkspaceStore store;
    private final ObjectMapper json;
    /** Server pages may carry fields a newer schema added; they are ignored, not fatal. */
    private final ObjectReader lenient;
    private final SyncStateTable state;
    private final SyncInboxTables inbox;
    private final SyncHoldTable hold;

    public StoredReplica(WorkspaceStore store) {
        this.store = store;
        this.json = store.json();
        this.lenient = json.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.state = new SyncStateTable(store);
        this.inbox = new SyncInboxTables(store, lenient, StoredReplica::type);
        this.hold = new SyncHoldTable(store);
    }

    @Override
    public UUID clientId() {
        return store.withConnection(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("select client_id from sync_state where id = 1")) {
                if (rs.next()) {
                    return rs.getObject(1, UUID.class);
                }
            }
            UUID id = Ids.newId();
            try (PreparedStatement insert = c.prepareStatement("insert into sync_state(id, client_id) values (1, ?)")) {
                insert.setObject(1, id);
                insert.executeUpdate();
            }
            return id;
        });
    }

    @Override
    public List<Mutation> pendingMutations(int limit) {
        List<Mutation> mutations = new ArrayList<>();
        for (Outbox.Entry e : store.outbox().head(limit)) {
            ObjectNode fields = "INSERT".equals(e.op()) ? currentRow(e.entity(), e.recordId()) : object(e.fields());
            mutations.add(new Mutation(e.opId(), e.entity(), e.recordId(), e.op(), fields,
                    e.baseValues() == null ? null : object(e.baseValues()), e.baseVersion(), e.hlc()));
        }
        return mutations;
    }

    private ObjectNode currentRow(String entity, UUID id) {
        SyncedRecord record = store.inTransaction(s -> s.find(type(entity), id));
        return record == null ? json.createObjectNode() : json.valueToTree(record);
    }

    @Override
    public void acknowledge(List<Mutation> sent, List<MutationResult> results) {
        Map<UUID, Mutation> byId = sent.stream().collect(Collectors.toMap(Mutation::mutationId, Function.identity()));
        store.withoutCapture(() -> store.inTransaction(session -> {
            List<Mutation> refused = new ArrayList<>();
            session.doWork(c -> {
                for (MutationResult r : results) {
                    Mutation m = byId.get(r.mutationId());
                    if (m != null) {
                        settle(c, m, r);
                        if ("REJECTED".equals(r.status())) {
                            refused.add(m);
                        }
                    }
                }
            });
            for (Mutation m : refused) {
                undo(session, m);
            }
            return null;
        }));
    }

    /**
     * A refused change is kept in {@code sync_rejection}; the record goes back to the server's copy (with
     * the changes still queued on top), so the workstation shows what the team sees. A refused insert
     * never reached the team: its row leaves the workspace (its values stay in the rejection).
     */
    private void undo(Session session, Mutation m) {
        if ("INSERT".equals(m.op())) {
            session.doWork(c -> {
                try (PreparedStatement d = c.prepareStatement("delete from " + table(m.entity()) + " where id = ?")) {
                    d.setObject(1, m.recordId());
                    d.executeUpdate();
                }
            });
            return;
        }
        SyncedRecord record = session.find(type(m.entity()), m.recordId());
        String base = session.doReturningWork(c -> {
            try (PreparedStatement q = c.prepareStatement("select fields from record_base where record_id = ?")) {
                q.setObject(1, m.recordId());
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        if (record == null || base == null) {
            return;
        }
        ObjectNode server = object(base);
        ObjectNode restore = json.createObjectNode();
        m.fields().fieldNames().forEachRemaining(name -> {
            if (!SyncedRecord.DERIVED_FIELDS.contains(name) && !"id".equals(name) && !"version".equals(name)) {
                restore.set(name, server.has(name) ? server.get(name) : com.fasterxml.jackson.databind.node.NullNode.getInstance());
            }
        });
        reapply(record, List.of(restore.toString()));
        reapply(record, pendingEdits(session, List.of(new RecordChange(m.entity(), m.recordId(), 0, 0, false, null, null,
                restore))).getOrDefault(m.recordId(), List.of()));
    }

    private void settle(Connection c, Mutation m, MutationResult r) throws SQLException {
        if ("REJECTED".equals(r.status())) {
            try (PreparedStatement keep = c.prepareStatement("merge into sync_rejection key(op_id) values (?,?,?,?,?,?,?)")) {
                keep.setObject(1, m.mutationId());
                keep.setString(2, m.entity());
                keep.setObject(3, m.recordId());
                keep.setString(4, m.op());
                keep.setString(5, m.fields().toString());
                keep.setString(6, r.reason() == null ? "rejected" : r.reason());
                keep.setTimestamp(7, Timestamp.from(Instant.now()));
                keep.executeUpdate();
            }
        } else {
            // Version is sync metadata, not a user change: written directly, never captured.
            try (PreparedStatement version = c.prepareStatement("update " + table(m.entity())
                    + " set version = ? where id = ? and version < ?")) {
                version.setLong(1, r.version());
                version.setObject(2, m.recordId());
                version.setLong(3, r.version());
                version.executeUpdate();
            }
        }
        try (PreparedStatement done = c.prepareStatement("delete from outbox where op_id = ?")) {
            done.setObject(1, m.mutationId());
            done.executeUpdate();
        }
    }

    @Override
    public long pullCursor() {
        clientId();
        return store.withConnection(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("select pull_cursor from sync_state where id = 1")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * One page, one transaction, a fixed number of queries: the page's local records and pending edits
     * are read in bulk, existing records are updated in place, new ones inserted, bases written in a batch.
     */
    @Override
    public void applyPage(List<RecordChange> page, List<UUID> revoked, long cursor) {
        boolean snapshot = state.resnapshotting();
        store.withoutCapture(() -> store.inTransaction(session -> {
            Map<UUID, SyncedRecord> local = localRecords(session, page);
            Map<UUID, List<String>> pending = pendingEdits(session, page);
            List<HeldRecord> held = new ArrayList<>();
            List<RecordChange> applied = new ArrayList<>(page.size());
            for (RecordChange change : page) {
                WireRecords.Checked checked = WireRecords.check(change.entity(), withMeta(change));
                if (checked instanceof WireRecords.Invalid invalid) {
                    held.add(SyncHoldTable.of(change, invalid.reason(), Instant.now()));
                    continue;
                }
                applied.add(change);
                SyncedRecord incoming = ((WireRecords.Valid) checked).record();
                SyncedRecord existing = local.get(change.id());
                keepLocalDerivedFields(existing, incoming);
                reapply(incoming, pending.getOrDefault(change.id(), List.of()));
                if (existing == null) {
                    session.persist(incoming);
                } else {
                    overwrite(existing, incoming);
                }
            }
            session.flush();
            session.doWork(c -> {
                saveBases(c, applied, cursor);
                SyncHoldTable.update(c, held, applied.stream().map(RecordChange::id).toList());
                drop(c, revoked);
                if (snapshot) {
                    remember(c, page);
                }
            });
            return null;
        }));
    }

    /** Records that left the user's scope: removed here with their base, never captured as deletes. */
    private static void drop(Connection c, List<UUID> revoked) throws SQLException {
        if (revoked == null || revoked.isEmpty()) {
            return;
        }
        for (String table : TABLES) {
            try (PreparedStatement d = c.prepareStatement("delete from " + table + " where id = ?")) {
                for (UUID id : revoked) {
                    d.setObject(1, id);
                    d.addBatch();
                }
                d.executeBatch();
            }
        }
        try (PreparedStatement d = c.prepareStatement("delete from record_base where record_id = ?")) {
            for (UUID id : revoked) {
                d.setObject(1, id);
                d.addBatch();
            }
            d.executeBatch();
        }
    }

    private static void remember(Connection c, List<RecordChange> page) throws SQLException {
        try (PreparedStatement seen = c.prepareStatement("merge into snapshot_seen key(record_id) values (?)")) {
            for (RecordChange change : page) {
                seen.setObject(1, change.id());
                seen.addBatch();
            }
            seen.executeBatch();
        }
    }

    @Override
    public void beginResnapshot(long scopeEpoch) {
        clientId();
        store.inJdbcTransaction(c -> {
            c.createStatement().executeUpdate("delete from snapshot_seen");
            try (PreparedStatement u = c.prepareStatement(
                    "update sync_state set resnapshot = true, pull_cursor = 0, scope_epoch = ? where id = 1")) {
                u.setLong(1, scopeEpoch);
                u.executeUpdate();
            }
        });
    }

    @Override
    public boolean resnapshotting() {
        return state.resnapshotting();
    }

    /**
     * Everything the snapshot did not hold left the scope (or its tombstone was purged). Records with a
     * pending local change stay (the push decides about them), and so does the current user's own record.
     */
    @Override
    public void finishResnapshot() {
        UUID me = store.meta().get(WorkspaceMeta.CURRENT_USER).map(UUID::fromString).orElse(null);
        store.inJdbcTransaction(c -> {
            String gone = " where id not in (select record_id from snapshot_seen)"
                    + " and id not in (select record_id from outbox) and id <> ?";
            for (String table : TABLES) {
                try (PreparedStatement d = c.prepareStatement("delete from " + table + gone)) {
                    d.setObject(1, me == null ? new UUID(0, 0) : me);
                    d.executeUpdate();
                }
            }
            c.createStatement().executeUpdate("delete from record_base where record_id not in (select record_id from snapshot_seen)");
            c.createStatement().executeUpdate("delete from snapshot_seen");
            c.createStatement().executeUpdate("update sync_state set resnapshot = false where id = 1");
        });
    }

    @Override
    public Optional<Long> scopeEpoch() {
        return state.scopeEpoch();
    }

    @Override
    public void saveScopeEpoch(long scopeEpoch) {
        clientId();
        state.saveScopeEpoch(scopeEpoch);
    }

    @Override
    public long pendingCount() {
        return store.outbox().size();
    }

    @Override
    public Optional<StoredLink> link() {
        return state.link();
    }

    @Override
    public void saveLink(ServerLink link, String token) {
        clientId();
        state.saveLink(link, token);
    }

    @Override
    public void saveToken(String token) {
        state.saveToken(token);
    }

    @Override
    public void clearLink() {
        state.clearLink();
    }

    @Override
    public void adoptUser(UUID userId) {
        if (store.repository(com.nexuscrm.domain.User.class).find(userId).isPresent()) {
            store.meta().put(WorkspaceMeta.CURRENT_USER, userId.toString());
        }
    }

    @Override
    public void markSynced(Instant when) {
        state.markSynced(when);
    }

    @Override
    public Optional<Instant> lastSynced() {
        return state.lastSynced();
    }

    @Override
    public void replaceConflicts(List<ConflictRecord> conflicts) {
        inbox.replaceConflicts(conflicts);
    }

    @Override
    public List<ConflictItem> conflicts() {
        return inbox.conflicts();
    }

    @Override
    public void resolve(UUID conflictId, String value) {
        inbox.resolve(conflictId, value);
    }

    @Override
    public List<Resolution> pendingResolutions() {
        return inbox.pendingResolutions();
    }

    @Override
    public void resolutionsSent(List<UUID> conflictIds) {
        inbox.resolutionsSent(conflictIds);
    }

    @Override
    public List<RejectionItem> rejections() {
        return inbox.rejections();
    }

    @Override
    public void dismissRejection(UUID opId) {
        inbox.dismissRejection(opId);
    }

    @Override
    public List<HeldRecord> heldBack() {
        return hold.all();
    }

    private Map<UUID, SyncedRecord> localRecords(Session session, List<RecordChange> page) {
        Map<UUID, SyncedRecord> found = new java.util.HashMap<>();
        page.stream().collect(Collectors.groupingBy(RecordChange::entity)).forEach((entity, changes) -> {
            List<UUID> ids = changes.stream().map(RecordChange::id).toList();
            for (SyncedRecord r : session.byMultipleIds(type(entity)).multiLoad(ids)) {
                if (r != null) {
                    found.put(r.getId(), r);
                }
            }
        });
        return found;
    }

    private Map<UUID, List<String>> pendingEdits(Session session, List<RecordChange> page) {
        if (page.isEmpty()) {
            return Map.of();
        }
        return session.doReturningWork(c -> {
            Map<UUID, List<String>> edits = new java.util.HashMap<>();
            try (PreparedStatement q = c.prepareStatement("select record_id, fields from outbox where op <> 'INSERT'"
                    + " and record_id in (select cast(x as uuid) from table(x varchar = ?)) order by seq")) {
                q.setObject(1, page.stream().map(r -> r.id().toString()).toArray(String[]::new));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        edits.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
            return edits;
        });
    }

    private void saveBases(Connection c, List<RecordChange> page, long cursor) throws SQLException {
        try (PreparedStatement base = c.prepareStatement("merge into record_base key(entity, record_id) values (?, ?, ?, ?)")) {
            for (RecordChange change : page) {
                base.setString(1, change.entity());
                base.setObject(2, change.id());
                base.setLong(3, change.version());
                base.setString(4, change.fields().toString());
                base.addBatch();
            }
            base.executeBatch();
        }
        try (PreparedStatement u = c.prepareStatement("update sync_state set pull_cursor = ? where id = 1")) {
            u.setLong(1, cursor);
            u.executeUpdate();
        }
    }

    /** Copies the incoming state onto the managed local entity; Hibernate writes only what differs. */
    private void overwrite(SyncedRecord existing, SyncedRecord incoming) {
        try {
            lenient.withValueToUpdate(existing).readValue((JsonNode) json.valueToTree(incoming));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot apply the server's " + incoming.getId(), e);
        }
    }

    /** The server's record as one object: its fields with the sync metadata the columns carry. */
    private static ObjectNode withMeta(RecordChange change) {
        ObjectNode fields = change.fields().deepCopy();
        fields.put("id", change.id().toString());
        fields.put("version", change.version());
        fields.put("updatedAt", change.updatedAt());
        fields.put("deleted", change.deleted());
        fields.put("ownerId", change.ownerId() == null ? null : change.ownerId().toString());
        fields.put("teamId", change.teamId() == null ? null : change.teamId().toString());
        return fields;
    }

    /**
     * Scores are this workstation's own: the server's copy never replaces them. The record changed, so
     * its scores are marked stale for the scorer to recompute.
     */
    private void keepLocalDerivedFields(SyncedRecord local, SyncedRecord incoming) {
        ObjectNode derived = json.createObjectNode();
        if (local != null) {
            ObjectNode localFields = json.valueToTree(local);
            SyncedRecord.DERIVED_FIELDS.forEach(name -> {
                if (localFields.has(name)) {
                    derived.set(name, localFields.get(name));
                }
            });
        }
        if (json.valueToTree(incoming).has("scoreStale")) {
            derived.put("scoreStale", true);
        }
        try {
            lenient.withValueToUpdate(incoming).readValue(derived);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot keep the local scores of " + incoming.getId(), e);
        }
    }

    /** Local edits not yet pushed stay on top of the server's copy until they are. */
    private void reapply(SyncedRecord record, List<String> edits) {
        try {
            for (String edit : edits) {
                lenient.withValueToUpdate(record).readValue(edit);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("A pending local edit of " + record.getId() + " cannot be re-applied", e);
        }
    }

    private ObjectNode object(String text) {
        try {
            JsonNode node = json.readTree(text);
            return node instanceof ObjectNode o ? o : json.createObjectNode();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Outbox entry is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Class<? extends SyncedRecord> type(String entity) {
        Class<? extends SyncedRecord> type = TYPES.get(entity);
        if (type == null) {
            throw new IllegalStateException("Unknown record type '" + entity + "'");
        }
        return type;
    }

    private static String table(String entity) {
        return type(entity).getAnnotation(Table.class).name();
    }
}
