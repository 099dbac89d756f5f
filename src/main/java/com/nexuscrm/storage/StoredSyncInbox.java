package com.nexuscrm.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.domain.SyncedRecord;
import com.nexuscrm.sync.ConflictExchange;
import com.nexuscrm.sync.ConflictItem;
import com.nexuscrm.sync.HeldRecord;
import com.nexuscrm.sync.RejectionItem;
import com.nexuscrm.sync.SyncInbox;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The workstation's side of the conflicts inbox and of rejected changes: what the Sync inbox shows
 * ({@link SyncInbox}, with the held-back records of {@link SyncHoldTable}) and what the engine exchanges
 * with the server ({@link ConflictExchange}).
 */
final class StoredSyncInbox implements SyncInbox, ConflictExchange {
    private final WorkspaceStore store;
    private final ObjectMapper json;
    private final ObjectReader lenient;
    private final Function<String, Class<? extends SyncedRecord>> types;
    private final SyncHoldTable hold;

    StoredSyncInbox(WorkspaceStore store, ObjectReader lenient, Function<String, Class<? extends SyncedRecord>> types) {
        this.store = store;
        this.json = store.json();
        this.lenient = lenient;
        this.types = types;
        this.hold = new SyncHoldTable(store);
    }

    @Override
    public void replaceConflicts(List<ConflictItem> conflicts) {
        store.inJdbcTransaction(c -> {
            c.createStatement().executeUpdate("delete from sync_conflict");
            try (PreparedStatement i = c.prepareStatement("insert into sync_conflict(id, entity, record_id, field,"
                    + " base_value, server_value, client_value, by_user, created_at) values (?,?,?,?,?,?,?,?,?)")) {
                for (ConflictItem k : conflicts) {
                    i.setObject(1, k.id());
                    i.setString(2, k.entity());
                    i.setObject(3, k.recordId());
                    i.setString(4, k.field());
                    i.setString(5, k.base());
                    i.setString(6, k.theirs());
                    i.setString(7, k.mine());
                    i.setString(8, k.byUser());
                    i.setTimestamp(9, Timestamp.from(k.createdAt() == null ? Instant.now() : k.createdAt()));
                    i.addBatch();
                }
                i.executeBatch();
            }
        });
    }

    @Override
    public List<ConflictItem> conflicts() {
        List<ConflictItem> items = new ArrayList<>();
        store.withConnection(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("select id, entity, record_id, field, base_value,"
                    + " server_value, client_value, by_user, created_at from sync_conflict"
                    + " where id not in (select conflict_id from conflict_resolution) order by created_at, id")) {
                while (rs.next()) {
                    UUID recordId = rs.getObject(3, UUID.class);
                    items.add(new ConflictItem(rs.getObject(1, UUID.class), rs.getString(2), recordId, null,
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getTimestamp(9).toInstant()));
                }
            }
            return null;
        });
        return items.stream().map(k -> new ConflictItem(k.id(), k.entity(), k.recordId(),
                title(k.entity(), k.recordId(), null), k.field(), k.base(), k.theirs(), k.mine(), k.byUser(), k.createdAt()))
                .toList();
    }

    /**
     * What a person would call the record: its name, else its subject, else its kind and id. A record
     * that is no longer here (a refused insert) is named from the values that were sent.
     */
    private String title(String entity, UUID id, String sentFields) {
        SyncedRecord record = store.inTransaction(s -> s.find(types.apply(entity), id));
        JsonNode tree = record != null ? json.valueToTree(record) : parsed(sentFields);
        if (tree != null) {
            String person = (text(tree, "firstName") + " " + text(tree, "lastName")).trim();
            // A partial change names no record by "title" (on a lead that is the job title).
            String title = record != null ? text(tree, "title") : "";
            for (String candidate : new String[] {text(tree, "name"), person, text(tree, "subject"), title}) {
                if (!candidate.isBlank()) {
                    return candidate;
                }
            }
        }
        return entity + " " + id.toString().substring(0, 8);
    }

    private JsonNode parsed(String fields) {
        try {
            return fields == null ? null : json.readTree(fields);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String text(JsonNode tree, String field) {
        JsonNode node = tree.get(field);
        return node == null || node.isNull() ? "" : node.asText();
    }

    @Override
    public void resolve(UUID conflictId, String value) {
        String[] conflict = store.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("select entity, record_id, field from sync_conflict where id = ?")) {
                q.setObject(1, conflictId);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? new String[] {rs.getString(1), rs.getString(2), rs.getString(3)} : null;
                }
            }
        });
        if (conflict == null) {
            throw new IllegalArgumentException("This conflict is no longer open; sync to see the record as it is now.");
        }
        Class<? extends SyncedRecord> type = types.apply(conflict[0]);
        JsonNode typed = typedValue(type, conflict[2], value);
        ObjectNode change = json.createObjectNode().set(conflict[2], typed);
        store.withoutCapture(() -> store.inTransaction(session -> {
            SyncedRecord record = session.find(type, UUID.fromString(conflict[1]));
            if (record != null) {
                try {
                    lenient.withValueToUpdate(record).readValue(change);
                } catch (java.io.IOException e) {
                    throw new IllegalStateException("Cannot apply the resolution to " + record.getId(), e);
                }
            }
            session.flush();
            session.doWork(c -> {
                try (PreparedStatement q = c.prepareStatement("merge into conflict_resolution key(conflict_id) values (?, ?, ?)")) {
                    q.setObject(1, conflictId);
                    q.setString(2, typed.toString());
                    q.setTimestamp(3, Timestamp.from(Instant.now()));
                    q.executeUpdate();
                }
            });
            return null;
        }));
    }

    /** The text a person typed, as the JSON value the field takes; a clear error when it does not fit. */
    private JsonNode typedValue(Class<? extends SyncedRecord> type, String field, String value) {
        ObjectNode probe = json.createObjectNode();
        if (value == null || value.isBlank()) {
            probe.putNull(field);
        } else {
            probe.put(field, value.trim());
        }
        try {
            JsonNode typed = json.valueToTree(lenient.treeToValue(probe, type)).get(field);
            if (typed == null) {
                throw new IllegalArgumentException(type.getSimpleName() + " has no field '" + field + "'.");
            }
            return typed;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("'" + value + "' is not a valid " + field + " for a "
                    + type.getSimpleName() + ". Enter it as the field shows it, e.g. 12500.00 for an amount or"
                    + " 2026-12-31 for a date.", e);
        }
    }

    @Override
    public List<QueuedResolution> pendingResolutions() {
        return store.withConnection(c -> {
            List<QueuedResolution> queued = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select conflict_id, resolved_value from conflict_resolution order by queued_at")) {
                while (rs.next()) {
                    try {
                        queued.add(new QueuedResolution(rs.getObject(1, UUID.class), json.readTree(rs.getString(2))));
                    } catch (JsonProcessingException e) {
                        throw new SQLException("Queued resolution " + rs.getObject(1) + " is not JSON", e);
                    }
                }
            }
            return queued;
        });
    }

    @Override
    public void resolutionsSent(List<UUID> conflictIds) {
        store.inJdbcTransaction(c -> {
            try (PreparedStatement r = c.prepareStatement("delete from conflict_resolution where conflict_id = ?");
                 PreparedStatement k = c.prepareStatement("delete from sync_conflict where id = ?")) {
                for (UUID id : conflictIds) {
                    r.setObject(1, id);
                    r.addBatch();
                    k.setObject(1, id);
                    k.addBatch();
                }
                r.executeBatch();
                k.executeBatch();
            }
        });
    }

    @Override
    public List<RejectionItem> rejections() {
        List<RejectionItem> raw = store.withConnection(c -> {
            List<RejectionItem> items = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("select op_id, entity, record_id, op, fields, reason,"
                    + " rejected_at from sync_rejection order by rejected_at desc")) {
                while (rs.next()) {
                    items.add(new RejectionItem(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                            null, rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()));
                }
            }
            return items;
        });
        return raw.stream().map(r -> new RejectionItem(r.opId(), r.entity(), r.recordId(), title(r.entity(), r.recordId(),
                r.fields()), r.op(), r.fields(), r.reason(), r.rejectedAt())).toList();
    }

    @Override
    public void dismissRejection(UUID opId) {
        store.withConnection(c -> {
            try (PreparedStatement d = c.prepareStatement("delete from sync_rejection where op_id = ?")) {
                d.setObject(1, opId);
                return d.executeUpdate();
            }
        });
    }

    @Override
    public List<HeldRecord> heldBack() {
        return hold.all();
    }
}
