package com.nexuscrm.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Small key/value facts about the workspace: who uses it, whether it is a sample, its client id. */
public final class WorkspaceMeta {
    public static final String CURRENT_USER = "current_user_id";
    public static final String SAMPLE = "sample";
    public static final String CREATED_AT = "created_at";

    private final WorkspaceStore store;

    WorkspaceMeta(WorkspaceStore store) {
        this.store = store;
    }

    public Optional<String> get(String key) {
        return store.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("select meta_value from workspace_meta where meta_key = ?")) {
                q.setString(1, key);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void put(String key, String value) {
        store.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("merge into workspace_meta key(meta_key) values (?, ?)")) {
                q.setString(1, key);
                q.setString(2, value);
                return q.executeUpdate();
            }
        });
    }
}
