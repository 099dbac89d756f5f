package com.nexuscrm.storage;

import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.User;
import com.nexuscrm.sync.ServerLink;
import com.nexuscrm.sync.ServerLinkStore;
import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The one row of {@code sync_state}: the team server link and token (the {@link ServerLinkStore} port), and
 * for the rest of the replica the client id, the cursor's scope epoch and the snapshot state.
 */
final class StoredServerLink implements ServerLinkStore {
    private final WorkspaceStore store;

    StoredServerLink(WorkspaceStore store) {
        this.store = store;
    }

    /** Makes the one {@code sync_state} row, with a new client id, when this workspace has none yet. */
    void ensureRow() {
        clientId();
    }

    /** This workstation's id; the first call makes it, with the row every other method updates. */
    UUID clientId() {
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
    public Optional<StoredLink> link() {
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

    @Override
    public void saveLink(ServerLink link, String token) {
        ensureRow();
        update("update sync_state set server_url = ?, email = ?, user_id = ?, display_name = ?, token = ? where id = 1",
                link.server().toString(), link.email(), link.userId(), link.displayName(), token);
    }

    @Override
    public void saveToken(String token) {
        update("update sync_state set token = ? where id = 1", token);
    }

    @Override
    public void clearLink() {
        update("update sync_state set server_url = null, email = null, user_id = null, display_name = null,"
                + " token = null where id = 1");
    }

    Optional<Long> scopeEpoch() {
        return Optional.ofNullable(value("scope_epoch", Long.class));
    }

    void saveScopeEpoch(long epoch) {
        ensureRow();
        update("update sync_state set scope_epoch = ? where id = 1", epoch);
    }

    boolean resnapshotting() {
        return Boolean.TRUE.equals(value("resnapshot", Boolean.class));
    }

    @Override
    public void adoptUser(UUID userId) {
        if (store.repository(User.class).find(userId).isPresent()) {
            store.meta().put(WorkspaceMeta.CURRENT_USER, userId.toString());
        }
    }

    @Override
    public void markSynced(Instant when) {
        update("update sync_state set last_synced_at = ? where id = 1", Timestamp.from(when));
    }

    @Override
    public Optional<Instant> lastSynced() {
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
