package com.nexuscrm.sample;

import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sample vendor's sales organisation: one team per {@link Segment} plus an SDR team that works new
 * inbound leads, each with a manager and reps, and one admin. Every rep has a hidden skill, a small
 * term of the outcome model, so that rep performance differs the way it does in real teams.
 */
record SalesOrg(List<Team> teams, List<User> users, Map<Segment, Team> segmentTeams, Team sdrTeam,
                Map<UUID, List<User>> repsByTeam, Map<UUID, Double> skillByRep, User admin, User currentUser) {

    Team teamFor(Segment segment) { return segmentTeams.get(segment); }

    List<User> reps(Team team) { return repsByTeam.get(team.getId()); }

    /** The rep's hidden skill in log-odds; 0 for anyone who is not a rep. */
    double skill(UUID userId) { return userId == null ? 0 : skillByRep.getOrDefault(userId, 0.0); }
}
