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
    private final long epoch;

    private Scope(Principal user, Set<UUID> teams, long epoch) {
        this.user = user;
        this.teams = teams;
        this.epoch = epoch;
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
        long epoch = 0;
        try (PreparedStatement q = c.prepareStatement("select scope_epoch from app_user where id = ?")) {
            q.setObject(1, user.userId());
            try (ResultSet rs = q.executeQuery()) {
                epoch = rs.next() ? rs.getLong(1) : 0;
            }
        }
        return new Scope(user, teams, epoch);
    }

    /** Bumped whenever the user's teams change: its clients then take a fresh snapshot. */
    long epoch() {
        return epoch;
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
        return condition(params, "owner_id", "team_id");
    }

    /** The same condition over other owner and team columns (e.g. a join's, or a revoke's old scope). */
    String condition(List<Object> params, String ownerColumn, String teamColumn) {
        if (isAdmin()) {
            return "1 = 1";
        }
        params.add(user.userId());
        StringBuilder sql = new StringBuilder("(" + ownerColumn + " = ?");
        for (UUID team : teams) {
            sql.append(" or ").append(teamColumn).append(" = ?");
            params.add(team);
        }
        return sql.append(')').toString();
    }
}
