package com.nexuscrm.storage;

import com.nexuscrm.sync.LocalReplica.StoredLink;
import com.nexuscrm.sync.ServerLink;
import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The one row of {@code sync_state}: the team server link, the token, the scope epoch, snapshot state. */
final class SyncStateTable {
    private final WorkspaceStore store;

    SyncStateTable(WorkspaceStore store) {
        this.store = store;
    }

    Optional<StoredLink> link() {
        return store.withConnection(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select server_url, email, user_id, display_name, token from sync_state where id = 1")) {
                if (!rs.next() || rs.getString(1) == null) {
                    return Optional.empty();
                }
                return Optional.of(new StoredLink(new ServerLink(URI.create(rs.getString(1)), rs.getString(2),
                        rs.getObject(3, UUID.class), rs.getString(4)), rs.getString(5)));
            }
        });
    }

    void saveLink(ServerLink link, String token) {
        update("update sync_state set server_url = ?, email = ?, user_id = ?, display_name = ?, token = ? where id = 1",
                link.server().toString(), link.email(), link.userId(), link.displayName(), token);
    }

    void saveToken(String token) {
        update("update sync_state set token = ? where id = 1", token);
    }

    void clearLink() {
        update("update sync_state set server_url = null, email = null, user_id = null, display_name = null,"
                + " token = null where id = 1");
    }

    Optional<Long> scopeEpoch() {
        return Optional.ofNullable(value("scope_epoch", Long.class));
    }

    void saveScopeEpoch(long epoch) {
        update("update sync_state set scope_epoch = ? where id = 1", epoch);
    }

    boolean resnapshotting() {
        return Boolean.TRUE.equals(value("resnapshot", Boolean.class));
    }

    void markSynced(Instant when) {
        update("update sync_state set last_synced_at = ? where id = 1", Timestamp.from(when));
    }

    Optional<Instant> lastSynced() {
        return Optional.ofNullable(value("last_synced_at", Timestamp.class)).map(Timestamp::toInstant);
    }

    private <T> T value(String column, Class<T> type) {
        return store.withConnection(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("select " + column + " from sync_state where id = 1")) {
                return rs.next() ? rs.getObject(1, type) : null;
            }
        });
    }

    private void update(String sql, Object... params) {
        store.withConnection(c -> {
            try (PreparedStatement u = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    u.setObject(i + 1, params[i]);
                }
                return u.executeUpdate();
            }
        });
    }
}
