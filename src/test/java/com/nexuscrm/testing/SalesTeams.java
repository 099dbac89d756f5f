package com.nexuscrm.testing;

import com.nexuscrm.domain.Role;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.routing.SalesFloor;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A small sales organisation shaped like the sample's: segment teams, an SDR team ("Inbound"), managers and reps. */
public final class SalesTeams {
    public final List<Team> teams = new ArrayList<>();
    public final List<User> users = new ArrayList<>();

    public Team team(String name, String segment) {
        Team team = new Team();
        team.setName(name);
        team.setSegment(segment);
        team.setTeamId(team.getId());
        teams.add(team);
        return team;
    }

    public User manager(String name, Team team, String zone) {
        User manager = user(name, Role.MANAGER, team, zone);
        team.setManagerId(manager.getId());
        return manager;
    }

    public User rep(String name, Team team, String zone) {
        return user(name, Role.REP, team, zone);
    }

    private User user(String name, Role role, Team team, String zone) {
        User user = new User();
        user.setDisplayName(name);
        user.setEmail(name.toLowerCase().replace(' ', '.') + "@example.com");
        user.setRole(role);
        user.setSegment(team.getSegment());
        user.setAvailable(true);
        user.setTimeZone(zone);
        user.setWorkdayStart(9);
        user.setWorkdayEnd(17);
        user.setTeamId(team.getId());
        user.setOwnerId(user.getId());
        users.add(user);
        return user;
    }

    public SalesFloor floor() {
        return new SalesFloor(users, teams, ZoneId.of("UTC"));
    }
}
