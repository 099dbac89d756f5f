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
    private final Connection c;

    private Scope(Principal user, Set<UUID> teams, long epoch, Connection c) {
        this.user = user;
        this.teams = teams;
        this.epoch = epoch;
        this.c = c;
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
        return new Scope(user, teams, epoch, c);
    }

    /** Bumped whenever the user's teams change: its clients then take a fresh snapshot. */
    long epoch() {
        return epoch;
    }

    boolean isAdmin() {
        return user.role() == Role.ADMIN;
    }

    /** Whether the user may change the team's shared settings: an admin any team's, a manager the teams it leads. */
    boolean managesTeam(UUID teamId) {
        return isAdmin() || user.role() == Role.MANAGER && teamId != null && teams.contains(teamId);
    }

    boolean covers(UUID ownerId, UUID teamId) {
        return isAdmin() || user.userId().equals(ownerId) || teamId != null && teams.contains(teamId);
    }

    /**
     * Why a record may not be placed with this owner and team (on insert or on a move), or null when it
     * may: the team must be one of the user's (a rep's own, a manager's led teams) and the owner the user,
     * a member of that team, or its manager. An admin may place records anywhere.
     */
    String placementProblem(UUID ownerId, UUID teamId) throws SQLException {
        if (isAdmin()) {
            return null;
        }
        if (teamId == null || !teams.contains(teamId)) {
            return "The record's team is not one of your teams; you may only create or move records into "
                    + (teams.isEmpty() ? "a team, and you belong to none" : "your own team" + (teams.size() > 1 ? "s" : "")) + ".";
        }
        if (ownerId == null || ownerId.equals(user.userId()) || belongsTo(ownerId, teamId)) {
            return null;
        }
        return "The record's owner is not a member of its team; choose an owner from that team.";
    }

    private boolean belongsTo(UUID userId, UUID teamId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select 1 from app_user u where u.id = ? and u.active = true and"
                + " (u.team_id = ? or exists (select 1 from manager_team m where m.manager_id = u.id and m.team_id = ?))")) {
            q.setObject(1, userId);
            q.setObject(2, teamId);
            q.setObject(3, teamId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
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
