package com.nexuscrm.server;

import com.nexuscrm.domain.Role;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What one user may see and change: a rep its own records and its team's, a manager the teams it
 * leads, an admin everything. Read fresh for every request, so a team change applies at once.
 */
final class Scope {
    private final Principal user;
    private final Set<UUID> teams;

    private Scope(Principal user, Set<UUID> teams) {
        this.user = user;
        this.teams = teams;
    }

    static Scope of(Principal user, Connection c) throws SQLException {
        Set<UUID> teams = new HashSet<>();
        if (user.teamId() != null) {
            teams.add(user.teamId());
        }
        if (user.role() == Role.MANAGER) {
            try (PreparedStatement q = c.prepareStatement("select team_id from manager_team where manager_id = ?")) {
                q.setObject(1, user.userId());
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        teams.add(rs.getObject(1, UUID.class));
                    }
                }
            }
        }
        return new Scope(user, teams);
    }

    boolean isAdmin() {
        return user.role() == Role.ADMIN;
    }

    boolean covers(UUID ownerId, UUID teamId) {
        return isAdmin() || user.userId().equals(ownerId) || teamId != null && teams.contains(teamId);
    }

    /** The team a new record lands in when the client did not say. */
    UUID defaultTeam() {
        return user.teamId();
    }

    /** SQL condition on sync_record for this scope, with its parameters. */
    String condition(List<Object> params) {
        if (isAdmin()) {
            return "1 = 1";
        }
        params.add(user.userId());
        StringBuilder sql = new StringBuilder("(owner_id = ?");
        for (UUID team : teams) {
            sql.append(" or team_id = ?");
            params.add(team);
        }
        return sql.append(')').toString();
    }
}
