package com.nexuscrm.ui.team;

import com.nexuscrm.domain.Directory;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.routing.RepBreaches;
import com.nexuscrm.domain.routing.SlaRepository;
import com.nexuscrm.ui.common.TaskExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Teams and their members as the directory has them, with each rep's SLA breaches over the last 30 days. */
public final class TeamViewModel {
    public static final Duration BREACH_PERIOD = Duration.ofDays(30);

    /**
     * One member row; {@code breaches} reads "2 of 40" (SLAs breached of those due in the period) or "none due", and
     * adds "· 3 waiting" for the rep's leads whose SLA clock is still running.
     */
    public record Member(String name, String email, String role, String team, String segment, boolean available,
                         String timeZone, String hours, String breaches) { }

    private record Loaded(List<Member> members, String queueBreaches) { }

    private final Directory directory;
    private final SlaRepository sla;
    private final Clock clock;
    private final TaskExecutor tasks;
    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper queueBreaches = new ReadOnlyStringWrapper("");

    public TeamViewModel(Directory directory, SlaRepository sla, Clock clock, TaskExecutor tasks) {
        this.directory = directory;
        this.sla = sla;
        this.clock = clock;
        this.tasks = tasks;
    }

    public void refresh() {
        tasks.run("Loading team", p -> {
            Instant now = clock.instant();
            List<RepBreaches> breaches = sla.breachesByRep(now.minus(BREACH_PERIOD), now);
            Map<UUID, Long> waiting = sla.waitingForResponse(now).stream().filter(l -> l.getOwnerId() != null)
                    .collect(Collectors.groupingBy(l -> l.getOwnerId(), Collectors.counting()));
            return new Loaded(rows(directory.teams(), directory.users(), breaches, waiting), queueLine(breaches));
        }, loaded -> {
            members.setAll(loaded.members());
            queueBreaches.set(loaded.queueBreaches());
        }, e -> members.clear());
    }

    static List<Member> rows(List<Team> teams, List<User> users, List<RepBreaches> breaches, Map<UUID, Long> waiting) {
        Map<UUID, Team> byId = teams.stream().collect(Collectors.toMap(Team::getId, Function.identity()));
        Map<UUID, RepBreaches> byRep = breaches.stream().filter(b -> b.repId() != null)
                .collect(Collectors.toMap(RepBreaches::repId, Function.identity()));
        return users.stream().map(u -> {
            Team team = u.getTeamId() == null ? null : byId.get(u.getTeamId());
            RepBreaches b = byRep.get(u.getId());
            return new Member(u.getDisplayName(), u.getEmail(), capitalize(u.getRole().name()),
                    team == null ? "" : team.getName(), team == null ? "" : String.valueOf(team.getSegment()),
                    u.isAvailable(), u.getTimeZone(), String.format("%02d:00-%02d:00", u.getWorkdayStart(), u.getWorkdayEnd()),
                    slaFigures(b, waiting.getOrDefault(u.getId(), 0L)));
        }).sorted((a, b) -> a.team().equals(b.team()) ? a.name().compareTo(b.name()) : a.team().compareTo(b.team())).toList();
    }

    static String slaFigures(RepBreaches due, long waiting) {
        String figures = due == null || due.due() == 0 ? "none due" : due.breached() + " of " + due.due();
        return waiting == 0 ? figures : figures + " · " + waiting + " waiting";
    }

    /** The leads still in the SDR queue have no rep; their breaches get a line of their own. */
    static String queueLine(List<RepBreaches> breaches) {
        return breaches.stream().filter(b -> b.repId() == null).findFirst()
                .map(b -> "SDR queue (unassigned leads): " + b.breached() + " of " + b.due()
                        + " SLAs breached in the last 30 days.").orElse("");
    }

    private static String capitalize(String s) {
        return s.charAt(0) + s.substring(1).toLowerCase();
    }

    public ObservableList<Member> members() { return members; }
    public ReadOnlyStringProperty queueBreachesProperty() { return queueBreaches.getReadOnlyProperty(); }
}
