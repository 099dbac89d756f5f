package com.nexuscrm.storage;

import com.nexuscrm.domain.SyncedRecord;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What tests outside {@code storage} read from or plant in a workspace's tables directly, below the ports
 * (the store's sessions and connections are storage's own): sync rejections as stored, every record with
 * its tombstones, a score marked stale as a pulled change marks it.
 */
public final class StoreProbe {
    private StoreProbe() { }

    /** The rows of {@code sync_rejection}. */
    public static int rejectionCount(WorkspaceStore store) {
        return store.withConnection(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("select count(*) from sync_rejection")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** The kept fields (their JSON as stored) of every rejected mutation, by record, in row order. */
    public static Map<UUID, List<String>> rejectedFields(WorkspaceStore store) {
        return store.withConnection(c -> {
            Map<UUID, List<String>> found = new LinkedHashMap<>();
            try (ResultSet rs = c.createStatement().executeQuery("select record_id, fields from sync_rejection")) {
                while (rs.next()) {
                    found.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            return found;
        });
    }

    /** The records whose INSERT was rejected. */
    public static Set<UUID> rejectedInserts(WorkspaceStore store) {
        return store.withConnection(c -> {
            Set<UUID> ids = new HashSet<>();
            try (ResultSet rs = c.createStatement().executeQuery("select record_id from sync_rejection where op = 'INSERT'")) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        });
    }

    /** Every synced record of the workspace, tombstones included, type by type. */
    public static List<SyncedRecord> everyRecord(WorkspaceStore store) {
        return store.inTransaction(session -> {
            List<SyncedRecord> records = new ArrayList<>();
            for (Class<? extends SyncedRecord> type : WorkspaceStore.ENTITIES) {
                records.addAll(session.createSelectionQuery("from " + type.getSimpleName(), type).getResultList());
            }
            return records;
        });
    }

    /** Marks one lead's score stale, as applying a pulled change to it does. */
    public static void markScoreStale(WorkspaceStore store, UUID leadId) {
        store.inJdbcTransaction(c -> c.createStatement().executeUpdate(
                "update lead_score set stale = true where lead_id = '" + leadId + "'"));
    }
}
