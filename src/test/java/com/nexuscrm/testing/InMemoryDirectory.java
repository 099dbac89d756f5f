package com.nexuscrm.testing;

import com.nexuscrm.domain.Directory;
import com.nexuscrm.domain.RecordRules;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Users and teams in memory, like storage's {@code StoredDirectory}: users by display name, teams by name,
 * detached copies, and the workspace's current user. Added records are checked with {@link RecordRules}.
 */
public final class InMemoryDirectory implements Directory {
    private final List<User> users = new ArrayList<>();
    private final List<Team> teams = new ArrayList<>();
    private UUID currentUser;

    /** A workspace that belongs to {@code current}. */
    public static InMemoryDirectory of(User current, Team... teams) {
        InMemoryDirectory directory = new InMemoryDirectory();
        directory.add(current);
        for (Team team : teams) {
            directory.add(team);
        }
        directory.currentUser = current.getId();
        return directory;
    }

    public synchronized InMemoryDirectory add(User user) {
        RecordRules.require(user);
        users.add(RecordCopies.copy(user));
        return this;
    }

    public synchronized InMemoryDirectory add(Team team) {
        RecordRules.require(team);
        teams.add(RecordCopies.copy(team));
        return this;
    }

    @Override
    public synchronized List<User> users() {
        return users.stream().filter(u -> !u.isDeleted()).sorted(Comparator.comparing(User::getDisplayName))
                .map(RecordCopies::copy).toList();
    }

    @Override
    public synchronized List<Team> teams() {
        return teams.stream().filter(t -> !t.isDeleted()).sorted(Comparator.comparing(Team::getName))
                .map(RecordCopies::copy).toList();
    }

    @Override
    public synchronized Optional<User> user(UUID id) {
        return users.stream().filter(u -> u.getId().equals(id)).findFirst().map(RecordCopies::copy);
    }

    @Override
    public synchronized User currentUser() {
        if (currentUser == null) {
            throw new IllegalStateException("The workspace has no current user");
        }
        return user(currentUser).orElseThrow(() -> new IllegalStateException("The current user " + currentUser + " is missing"));
    }
}
