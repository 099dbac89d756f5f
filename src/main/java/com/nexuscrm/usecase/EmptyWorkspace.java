package com.nexuscrm.usecase;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.Role;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import com.nexuscrm.storage.WorkspaceMeta;
import com.nexuscrm.storage.WorkspaceStore;
import java.time.ZoneId;
import java.util.Locale;

/** An empty workspace: just its owner, in a team of one, ready for imports. */
public final class EmptyWorkspace {
    private EmptyWorkspace() { }

    /** The seeder {@link CreateWorkspace} runs for a new empty workspace. */
    public static CreateWorkspace.Seeder seeder() {
        return EmptyWorkspace::seed;
    }

    public static void seed(WorkspaceStore store, Progress progress) {
        String login = System.getProperty("user.name", "me").replaceAll("[^A-Za-z0-9._-]", "");
        login = login.isEmpty() ? "me" : login;
        Team team = new Team();
        team.setName("My team");
        User me = new User();
        me.setDisplayName(Character.toUpperCase(login.charAt(0)) + login.substring(1));
        me.setEmail(login.toLowerCase(Locale.ROOT) + "@workstation.local");
        me.setRole(Role.ADMIN);
        me.setAvailable(true);
        me.setTimeZone(ZoneId.systemDefault().getId());
        me.setWorkdayStart(9);
        me.setWorkdayEnd(17);
        me.setTeamId(team.getId());
        team.setManagerId(me.getId());
        long now = com.nexuscrm.domain.Hlc.atMillis(System.currentTimeMillis());
        team.setUpdatedAt(now);
        me.setUpdatedAt(now);
        // The local owner is this workstation's identity, not a change for the team server (which owns
        // users and teams): it is written without capture.
        store.withoutCapture(() -> {
            store.repository(Team.class).save(team);
            store.repository(User.class).save(me);
            return null;
        });
        store.meta().put(WorkspaceMeta.CURRENT_USER, me.getId().toString());
    }
}
