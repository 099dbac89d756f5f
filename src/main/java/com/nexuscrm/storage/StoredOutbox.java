package com.nexuscrm.storage;

import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.domain.SyncedRecord;
import com.nexuscrm.sync.ChangeOutbox;
import com.nexuscrm.sync.PendingChange;
import com.nexuscrm.sync.PushAnswer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/** The outbox as the sync engine pushes it: pending changes out, the server's answers settled in. */
final class StoredOutbox implements ChangeOutbox {
    private final WorkspaceStore store;
    private final ReplicaRows rows;
    private final StoredServerLink state;

    StoredOutbox(WorkspaceStore store, ReplicaRows rows, StoredServerLink state) {
        this.store = store;
        this.rows = rows;
        this.state = state;
    }

    @Override
    public UUID clientId() {
        return state.clientId();
    }

    @Override
    public List<PendingChange> pending(int limit) {
        List<PendingChange> changes = new ArrayList<>();
        for (Outbox.Entry e : store.outbox().head(limit)) {
            ObjectNode fields = "INSERT".equals(e.op()) ? currentRow(e.entity(), e.recordId()) : rows.object(e.fields());
            changes.add(new PendingChange(e.opId(), e.entity(), e.recordId(), e.op(), fields,
                    e.baseValues() == null ? null : rows.object(e.baseValues()), e.baseVersion(), e.hlc()));
        }
        return changes;
    }

    private ObjectNode currentRow(String entity, UUID id) {
        SyncedRecord record = store.inTransaction(s -> s.find(ReplicaRows.type(entity), id));
        return record == null ? rows.json.createObjectNode() : rows.json.valueToTree(record);
    }

    @Override
    public long pendingCount() {
        return store.outbox().size();
    }

    @Override
    public void acknowledge(List<PushAnswer> answers) {
        store.withoutCapture(() -> store.inTransaction(session -> {
            List<PendingChange> refused = new ArrayList<>();
            session.doWork(c -> {
                for (PushAnswer a : answers) {
                    settle(c, a);
                    if (a.rejected()) {
                        refused.add(a.change());
                    }
                }
            });
            for (PendingChange m : refused) {
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
    private void undo(Session session, PendingChange m) {
        if ("INSERT".equals(m.op())) {
            session.doWork(c -> {
                try (PreparedStatement d = c.prepareStatement("delete from " + ReplicaRows.table(m.entity()) + " where id = ?")) {
                    d.setObject(1, m.recordId());
                    d.executeUpdate();
                }
            });
            return;
        }
        SyncedRecord record = session.find(ReplicaRows.type(m.entity()), m.recordId());
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
        ObjectNode server = rows.object(base);
        ObjectNode restore = rows.json.createObjectNode();
        m.fields().fieldNames().forEachRemaining(name -> {
            if (!SyncedRecord.DERIVED_FIELDS.contains(name) && !"id".equals(name) && !"version".equals(name)) {
                restore.set(name, server.has(name) ? server.get(name) : NullNode.getInstance());
            }
        });
        rows.reapply(record, List.of(restore.toString()));
        rows.reapply(record, ReplicaRows.pendingEdits(session, List.of(m.recordId())).getOrDefault(m.recordId(), List.of()));
    }

    private static void settle(Connection c, PushAnswer a) throws SQLException {
        PendingChange m = a.change();
        if (a.rejected()) {
            try (PreparedStatement keep = c.prepareStatement("merge into sync_rejection key(op_id) values (?,?,?,?,?,?,?)")) {
                keep.setObject(1, m.opId());
                keep.setString(2, m.entity());
                keep.setObject(3, m.recordId());
                keep.setString(4, m.op());
                keep.setString(5, m.fields().toString());
                keep.setString(6, a.reason() == null ? "rejected" : a.reason());
                keep.setTimestamp(7, Timestamp.from(Instant.now()));
                keep.executeUpdate();
            }
        } else {
            // Version is sync metadata, not a user change: written directly, never captured.
            try (PreparedStatement version = c.prepareStatement("update " + ReplicaRows.table(m.entity())
                    + " set version = ? where id = ? and version < ?")) {
                version.setLong(1, a.version());
                version.setObject(2, m.recordId());
                version.setLong(3, a.version());
                version.executeUpdate();
            }
        }
        try (PreparedStatement done = c.prepareStatement("delete from outbox where op_id = ?")) {
            done.setObject(1, m.opId());
            done.executeUpdate();
        }
    }
}
