package com.nexuscrm.cli.bench;

import com.nexuscrm.domain.Role;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import com.nexuscrm.storage.WorkspaceMeta;
import com.nexuscrm.storage.WorkspaceStore;
import java.util.ArrayList;
import java.util.List;

/**
 * The sales org of the deal and forecast benchmarks: two teams, each a manager and ten reps (UTC, 9 to 17); the first
 * manager is the workspace's current user.
 */
record BenchTeams(User manager, List<User> reps) {
    static BenchTeams seed(WorkspaceStore store) {
        List<User> reps = new ArrayList<>();
        User manager = null;
        for (int t = 0; t < 2; t++) {
            Team team = new Team();
            team.setName("Team " + (t + 1));
            team.setTeamId(team.getId());
            store.repository(Team.class).save(team);
            for (int u = 0; u <= 10; u++) {
                User user = new User();
                user.setDisplayName((u == 0 ? "Manager " : "Rep ") + (t * 11 + u));
                user.setEmail("user" + (t * 11 + u) + "@example.com");
                user.setRole(u == 0 ? Role.MANAGER : Role.REP);
                user.setTimeZone("UTC");
                user.setWorkdayStart(9);
                user.setWorkdayEnd(17);
                user.setTeamId(team.getId());
                user.setOwnerId(user.getId());
                store.repository(User.class).save(user);
                if (u == 0 && manager == null) {
                    manager = user;
                } else if (u > 0) {
                    reps.add(user);
                }
            }
        }
        store.meta().put(WorkspaceMeta.CURRENT_USER, manager.getId().toString());
        return new BenchTeams(manager, List.copyOf(reps));
    }
}
