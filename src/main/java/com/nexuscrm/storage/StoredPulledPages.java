package com.nexuscrm.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.domain.SyncedRecord;
import com.nexuscrm.sync.PulledPage;
import com.nexuscrm.sync.PulledPages;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.Session;

/** Server pages applied to the workspace, and the pull's cursor, scope epoch and fresh-snapshot state. */
final class StoredPulledPages implements PulledPages {
    private final WorkspaceStore store;
    private final ReplicaRows rows;
    private final StoredServerLink state;

    StoredPulledPages(WorkspaceStore store, ReplicaRows rows, StoredServerLink state) {
        this.store = store;
        this.rows = rows;
        this.state = state;
    }

    @Override
    public long pullCursor() {
        state.ensureRow();
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
    public void applyPage(PulledPage page) {
        boolean snapshot = state.resnapshotting();
        List<UUID> ids = page.records().stream().map(PulledPage.Pulled::id).toList();
        store.withoutCapture(() -> store.inTransaction(session -> {
            Map<UUID, SyncedRecord> local = localRecords(session, page.records());
            Map<UUID, List<String>> pending = ReplicaRows.pendingEdits(session, ids);
            for (PulledPage.Pulled pulled : page.records()) {
                SyncedRecord incoming = pulled.record();
                SyncedRecord existing = local.get(pulled.id());
                keepLocalDerivedFields(existing, incoming);
                rows.reapply(incoming, pending.getOrDefault(pulled.id(), List.of()));
                if (existing == null) {
                    session.persist(incoming);
                } else {
                    overwrite(existing, incoming);
                }
            }
            session.flush();
            session.doWork(c -> {
                saveBases(c, page.records(), page.cursor());
                SyncHoldTable.update(c, page.held(), ids);
                drop(c, page.revoked());
                if (snapshot) {
                    remember(c, Stream.concat(ids.stream(), page.held().stream().map(h -> h.recordId())).toList());
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
        for (String table : ReplicaRows.TABLES) {
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

    private static void remember(Connection c, List<UUID> page) throws SQLException {
        try (PreparedStatement seen = c.prepareStatement("merge into snapshot_seen key(record_id) values (?)")) {
            for (UUID id : page) {
                seen.setObject(1, id);
                seen.addBatch();
            }
            seen.executeBatch();
        }
    }

    @Override
    public void beginResnapshot(long scopeEpoch) {
        state.ensureRow();
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
            for (String table : ReplicaRows.TABLES) {
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
        state.saveScopeEpoch(scopeEpoch);
    }

    private static Map<UUID, SyncedRecord> localRecords(Session session, List<PulledPage.Pulled> page) {
        Map<UUID, SyncedRecord> found = new HashMap<>();
        page.stream().collect(Collectors.groupingBy(PulledPage.Pulled::entity)).forEach((entity, changes) -> {
            List<UUID> ids = changes.stream().map(PulledPage.Pulled::id).toList();
            for (SyncedRecord r : session.byMultipleIds(ReplicaRows.type(entity)).multiLoad(ids)) {
                if (r != null) {
                    found.put(r.getId(), r);
                }
            }
        });
        return found;
    }

    private static void saveBases(Connection c, List<PulledPage.Pulled> page, long cursor) throws SQLException {
        try (PreparedStatement base = c.prepareStatement("merge into record_base key(entity, record_id) values (?, ?, ?, ?)")) {
            for (PulledPage.Pulled pulled : page) {
                base.setString(1, pulled.entity());
                base.setObject(2, pulled.id());
                base.setLong(3, pulled.version());
                base.setString(4, pulled.serverFields().toString());
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
            rows.lenient.withValueToUpdate(existing).readValue((JsonNode) rows.json.valueToTree(incoming));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot apply the server's " + incoming.getId(), e);
        }
    }

    /**
     * Scores are this workstation's own: the server's copy never replaces them. The record changed, so
     * its scores are marked stale for the scorer to recompute.
     */
    private void keepLocalDerivedFields(SyncedRecord local, SyncedRecord incoming) {
        ObjectNode derived = rows.json.createObjectNode();
        if (local != null) {
            ObjectNode localFields = rows.json.valueToTree(local);
            SyncedRecord.DERIVED_FIELDS.forEach(name -> {
                if (localFields.has(name)) {
                    derived.set(name, localFields.get(name));
                }
            });
        }
        if (rows.json.valueToTree(incoming).has("scoreStale")) {
            derived.put("scoreStale", true);
        }
        try {
            rows.lenient.withValueToUpdate(incoming).readValue(derived);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot keep the local scores of " + incoming.getId(), e);
        }
    }
}
