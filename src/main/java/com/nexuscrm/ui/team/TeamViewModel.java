package com.nexuscrm.ui.team;

import com.nexuscrm.domain.Directory;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import com.nexuscrm.ui.common.TaskExecutor;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Teams and their members as the directory has them. */
public final class TeamViewModel {
    /** One member row. */
    public record Member(String name, String email, String role, String team, String segment, boolean available,
                         String timeZone, String hours) { }

    private final Directory directory;
    private final TaskExecutor tasks;
    private final ObservableList<Member> members = FXCollections.observableArrayList();

    public TeamViewModel(Directory directory, TaskExecutor tasks) {
        this.directory = directory;
        this.tasks = tasks;
    }

    public void refresh() {
        tasks.run("Loading team", p -> rows(directory.teams(), directory.users()), members::setAll, e -> members.clear());
    }

    static List<Member> rows(List<Team> teams, List<User> users) {
        Map<UUID, Team> byId = teams.stream().collect(Collectors.toMap(Team::getId, Function.identity()));
        return users.stream().map(u -> {
            Team team = u.getTeamId() == null ? null : byId.get(u.getTeamId());
            return new Member(u.getDisplayName(), u.getEmail(), capitalize(u.getRole().name()),
                    team == null ? "" : team.getName(), team == null ? "" : String.valueOf(team.getSegment()),
                    u.isAvailable(), u.getTimeZone(), String.format("%02d:00-%02d:00", u.getWorkdayStart(), u.getWorkdayEnd()));
        }).sorted((a, b) -> a.team().equals(b.team()) ? a.name().compareTo(b.name()) : a.team().compareTo(b.team())).toList();
    }

    private static String capitalize(String s) {
        return s.charAt(0) + s.substring(1).toLowerCase();
    }

    public ObservableList<Member> members() { return members; }
}
