package com.nexuscrm.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.domain.SyncedRecord;
import jakarta.persistence.Table;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;

/** What the push and pull sides of the replica share: record types by name, JSON, and the queued edits. */
final class ReplicaRows {
    private static final Map<String, Class<? extends SyncedRecord>> TYPES = WorkspaceStore.ENTITIES.stream()
            .collect(Collectors.toMap(Class::getSimpleName, Function.identity()));
    /** Every synced record's table. */
    static final List<String> TABLES = WorkspaceStore.ENTITIES.stream()
            .map(type -> type.getAnnotation(Table.class).name()).toList();

    final ObjectMapper json;
    /** Server pages may carry fields a newer schema added; they are ignored, not fatal. */
    final ObjectReader lenient;

    ReplicaRows(ObjectMapper json) {
        this.json = json;
        this.lenient = json.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    static Class<? extends SyncedRecord> type(String entity) {
        Class<? extends SyncedRecord> type = TYPES.get(entity);
        if (type == null) {
            throw new IllegalStateException("Unknown record type '" + entity + "'");
        }
        return type;
    }

    static String table(String entity) {
        return type(entity).getAnnotation(Table.class).name();
    }

    /** The outbox's still-pending edits (not inserts) of these records, oldest first, as JSON objects. */
    static Map<UUID, List<String>> pendingEdits(Session session, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return session.doReturningWork(c -> {
            Map<UUID, List<String>> edits = new HashMap<>();
            try (PreparedStatement q = c.prepareStatement("select record_id, fields from outbox where op <> 'INSERT'"
                    + " and record_id in (select cast(x as uuid) from table(x varchar = ?)) order by seq")) {
                q.setObject(1, ids.stream().map(UUID::toString).toArray(String[]::new));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        edits.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
            return edits;
        });
    }

    /** Local edits not yet pushed stay on top of the server's copy until they are. */
    void reapply(SyncedRecord record, List<String> edits) {
        try {
            for (String edit : edits) {
                lenient.withValueToUpdate(record).readValue(edit);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("A pending local edit of " + record.getId() + " cannot be re-applied", e);
        }
    }

    ObjectNode object(String text) {
        try {
            JsonNode node = json.readTree(text);
            return node instanceof ObjectNode o ? o : json.createObjectNode();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Outbox entry is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
