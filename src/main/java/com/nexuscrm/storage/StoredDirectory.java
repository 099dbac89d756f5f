package com.nexuscrm.storage;

import com.nexuscrm.domain.Directory;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The workspace's users and teams, read from the store. */
public final class StoredDirectory implements Directory {
    private final WorkspaceStore store;

    public StoredDirectory(WorkspaceStore store) {
        this.store = store;
    }

    @Override
    public List<User> users() {
        return store.inTransaction(s -> s.createSelectionQuery("from User where deleted = false order by displayName",
                User.class).getResultList());
    }

    @Override
    public List<Team> teams() {
        return store.inTransaction(s -> s.createSelectionQuery("from Team where deleted = false order by name",
                Team.class).getResultList());
    }

    @Override
    public Optional<User> user(UUID id) {
        return store.repository(User.class).find(id);
    }

    @Override
    public User currentUser() {
        UUID id = store.meta().get(WorkspaceMeta.CURRENT_USER).map(UUID::fromString)
                .orElseThrow(() -> new IllegalStateException("The workspace in " + store.folder() + " has no current user"));
        return user(id).orElseThrow(() -> new IllegalStateException("The current user " + id + " is missing"));
    }
}
