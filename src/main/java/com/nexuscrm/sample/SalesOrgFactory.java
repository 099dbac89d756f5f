package com.nexuscrm.sample;

import com.nexuscrm.domain.Role;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds the {@link SalesOrg}: teams, managers, reps and the admin, with Datafaker names. */
final class SalesOrgFactory {
    static final String EMAIL_DOMAIN = "nexuscrm-sample.com";
    private static final String[] US_TIME_ZONES = {"America/New_York", "America/Chicago", "America/Denver",
            "America/Los_Angeles"};

    private final FakerPools pools;
    private final Addresses addresses;
    private final Draws draws;
    private final SampleClock clock;
    private final List<User> users = new ArrayList<>();
    private final Map<UUID, List<User>> repsByTeam = new HashMap<>();
    private final Map<UUID, Double> skills = new HashMap<>();

    SalesOrgFactory(FakerPools pools, Addresses addresses, Draws draws, SampleClock clock) {
        this.pools = pools;
        this.addresses = addresses;
        this.draws = draws;
        this.clock = clock;
    }

    SalesOrg build() {
        User admin = user(Role.ADMIN, null, null);
        List<Team> teams = new ArrayList<>();
        Map<Segment, Team> bySegment = new EnumMap<>(Segment.class);
        for (Segment segment : Segment.values()) {
            Team team = team(segment.label(), segment.label(), admin);
            bySegment.put(segment, team);
            teams.add(team);
        }
        Team sdr = team("SDR", "Inbound", admin);
        teams.add(sdr);
        User current = repsByTeam.get(bySegment.get(Segment.MID_MARKET).getId()).get(0);
        return new SalesOrg(List.copyOf(teams), List.copyOf(users), bySegment, sdr, Map.copyOf(repsByTeam),
                Map.copyOf(skills), admin, current);
    }

    private Team team(String name, String segment, User admin) {
        Instant founded = clock.daysAgo(draws.between(800, 1100));
        Team team = new Team(clock.id(founded));
        team.setName(name);
        team.setSegment(segment);
        team.setTeamId(team.getId());
        User manager = user(Role.MANAGER, team, segment);
        team.setManagerId(manager.getId());
        team.setOwnerId(admin.getId());
        List<User> reps = new ArrayList<>();
        for (int i = draws.between(4, 6); i > 0; i--) {
            User rep = user(Role.REP, team, segment);
            reps.add(rep);
            skills.put(rep.getId(), 0.3 * draws.gaussian());
        }
        repsByTeam.put(team.getId(), List.copyOf(reps));
        return team;
    }

    private User user(Role role, Team team, String segment) {
        FakerPools.MarketPool names = pools.market(Market.UNITED_STATES);
        User user = new User(clock.id(clock.daysAgo(draws.between(30, 1000))));
        String first = draws.pick(names.firstNames());
        String last = draws.pick(names.lastNames());
        user.setDisplayName(first + " " + last);
        user.setEmail(addresses.emailFor(first, last, EMAIL_DOMAIN));
        user.setRole(role);
        user.setSegment(segment);
        user.setAvailable(role != Role.REP || draws.chance(0.85));
        boolean london = "Enterprise".equals(segment) && draws.chance(0.3);
        user.setTimeZone(london ? "Europe/London" : draws.pick(US_TIME_ZONES));
        user.setWorkdayStart(draws.chance(0.2) ? 8 : 9);
        user.setWorkdayEnd(user.getWorkdayStart() + 8);
        user.setTeamId(team == null ? null : team.getId());
        user.setOwnerId(user.getId());
        users.add(user);
        return user;
    }
}
