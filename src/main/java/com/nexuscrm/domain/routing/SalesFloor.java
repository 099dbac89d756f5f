package com.nexuscrm.domain.routing;

import com.nexuscrm.domain.Role;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The people routing and the SLA clock work with, as the directory has them now: reps by segment, the
 * SDR queue's team, managers, and everyone's business calendar within the team's {@link SlaPolicy} (working
 * days, holidays, default hours). A user without a usable time zone works in {@code fallbackZone}.
 */
public record SalesFloor(List<User> users, List<Team> teams, ZoneId fallbackZone, SlaPolicy policy) {
    /** Name, then id: the order every tie is broken in. */
    public static final Comparator<User> BY_NAME = Comparator.comparing((User u) -> String.valueOf(u.getDisplayName()))
            .thenComparing(User::getId);

    /** With the default SLA policy (Monday to Friday, 09-17, no holidays). */
    public SalesFloor(List<User> users, List<Team> teams, ZoneId fallbackZone) {
        this(users, teams, fallbackZone, SlaPolicy.DEFAULT);
    }

    public SalesFloor {
        policy = policy == null ? SlaPolicy.DEFAULT : policy;
        users = users.stream().filter(u -> !u.isDeleted()).toList();
        teams = teams.stream().filter(t -> !t.isDeleted()).toList();
    }

    /** The team that works the queue: segment "Inbound", or named "SDR". */
    public Optional<Team> queueTeam() {
        return teams.stream().filter(t -> Segments.QUEUE.equalsIgnoreCase(t.getSegment())).findFirst()
                .or(() -> teams.stream().filter(t -> "SDR".equalsIgnoreCase(t.getName())).findFirst());
    }

    /** Every rep of the segment, available or not, in name order. */
    public List<User> reps(String segment) {
        return reps(u -> segment.equalsIgnoreCase(u.getSegment()));
    }

    /** Every rep outside the SDR queue's team, whatever the segment: the fallback when a segment has nobody. */
    public List<User> wholeTeam() {
        Optional<UUID> queue = queueTeam().map(Team::getId);
        return reps(u -> !Segments.QUEUE.equalsIgnoreCase(u.getSegment())
                && (queue.isEmpty() || !queue.get().equals(u.getTeamId())));
    }

    private List<User> reps(Predicate<User> condition) {
        return users.stream().filter(u -> u.getRole() == Role.REP).filter(condition).sorted(BY_NAME).toList();
    }

    public Optional<User> user(UUID id) {
        return id == null ? Optional.empty() : users.stream().filter(u -> u.getId().equals(id)).findFirst();
    }

    public String name(UUID id) {
        return user(id).map(User::getDisplayName).orElse(id == null ? "the SDR queue" : "user " + id.toString().substring(0, 8));
    }

    /**
     * Who a breach escalates to: a manager in the rep's team (the team's named manager first), or the SDR
     * team's manager for a lead still in the queue. Empty when there is none.
     */
    public Optional<User> managerOf(UUID repId) {
        Optional<UUID> teamId = repId == null ? queueTeam().map(Team::getId) : user(repId).map(User::getTeamId);
        if (teamId.isEmpty()) {
            return Optional.empty();
        }
        Optional<User> named = teams.stream().filter(t -> t.getId().equals(teamId.get())).findFirst()
                .flatMap(t -> user(t.getManagerId())).filter(u -> u.getRole() == Role.MANAGER);
        return named.or(() -> users.stream().filter(u -> u.getRole() == Role.MANAGER)
                .filter(u -> teamId.get().equals(u.getTeamId())).min(BY_NAME));
    }

    /** The owner's calendar; for a lead in the queue, the SDR team manager's, else the team's hours in the fallback zone. */
    public BusinessCalendar calendar(UUID ownerId) {
        Optional<User> owner = user(ownerId);
        if (owner.isPresent()) {
            return BusinessCalendar.of(owner.get(), fallbackZone, policy);
        }
        return managerOf(null).map(m -> BusinessCalendar.of(m, fallbackZone, policy))
                .orElseGet(() -> BusinessCalendar.standard(fallbackZone, policy));
    }
}
