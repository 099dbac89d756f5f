package com.nexuscrm.app;

import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.RecordNavigator;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.ui.team.TeamAccountsView;
import com.nexuscrm.ui.team.TeamAccountsViewModel;
import com.nexuscrm.usecase.RescoreAccountsOnOpen;
import com.nexuscrm.usecase.TeamAccountsOverview;
import com.nexuscrm.usecase.Workspace;
import java.time.Clock;
import java.util.function.BiConsumer;

/**
 * The wiring of the Team screen's accounts tab and of the accounts' work on opening a workspace, kept out of
 * {@link AppContext}. Days ("this week", the daily snapshot) are the user's: the clock is in this computer's zone.
 */
final class TeamAccountsScreen {
    private TeamAccountsScreen() { }

    static TeamAccountsView view(WorkspaceSession session, RecordNavigator navigator, TaskExecutor tasks) {
        TeamAccountsOverview overview = new TeamAccountsOverview(Workspace.over(session.store()), Clock.systemDefaultZone());
        return new TeamAccountsView(new TeamAccountsViewModel(overview::compute, navigator, Formats.user(), tasks));
    }

    /** Rescores churn (when a model is trained) and takes today's snapshots, in the background; {@code failed} says why not. */
    static void rescoreOnOpen(WorkspaceSession open, TaskExecutor tasks, BiConsumer<String, Throwable> failed) {
        tasks.run("Scoring accounts", p -> new RescoreAccountsOnOpen(Workspace.over(open.store()), Clock.systemDefaultZone()).run(p),
                done -> { }, e -> failed.accept("Cannot score accounts", e));
    }
}
