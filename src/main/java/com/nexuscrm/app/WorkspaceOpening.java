package com.nexuscrm.app;

import com.nexuscrm.app.adapters.WorkspaceGlobalSearch;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.RecordNavigator;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.ui.search.GlobalSearchViewModel;
import com.nexuscrm.ui.sync.SyncFeed;
import com.nexuscrm.usecase.RescoreDeals;
import com.nexuscrm.usecase.Workspace;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * What runs when a workspace opens: the global search index, the sync relay to the status bar, the SLA and
 * reminder notifiers, and background jobs (rescoring leads and deals, resuming interrupted call transcription).
 * {@link #close()} stops them all as the window closes; a job that then fails is no failure.
 */
final class WorkspaceOpening implements AutoCloseable {
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final RecordNavigator navigator;
    private final SyncFeed syncFeed;
    /** The open workspace's shared screen models (null before a workspace is open). */
    private final Supplier<SessionScreens> screens;
    /** Set when the window closes: background work that then fails (its store closed under it) is no failure. */
    private volatile boolean closing;
    private volatile GlobalSearchViewModel searchModel;
    private WorkspaceGlobalSearch globalSearch;
    private SyncRelay syncRelay;
    private SlaNotifier slaNotifier;
    private ReminderNotifier reminderNotifier;

    WorkspaceOpening(TaskExecutor tasks, DialogService dialogs, RecordNavigator navigator, SyncFeed syncFeed,
                     Supplier<SessionScreens> screens) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.syncFeed = syncFeed;
        this.screens = screens;
    }

    /** Global search: the index loads in the background now, and is brought up to date after each sync. */
    void openSearch(WorkspaceSession open) {
        WorkspaceGlobalSearch index = new WorkspaceGlobalSearch(open.store());
        globalSearch = index;
        searchModel = new GlobalSearchViewModel(index, tasks, navigator);
        Instant[] lastSynced = {null};
        open.sync().onStatus(status -> {
            if (status.lastSynced() != null && !status.lastSynced().equals(lastSynced[0])) {
                lastSynced[0] = status.lastSynced();
                index.refreshLater();
            }
        });
        tasks.run("Loading the search index", p -> {
            index.refresh();
            return null;
        }, ok -> { }, e -> backgroundFailed("Cannot load the search index", e));
    }

    /** The Ctrl+K popup's model; null until a workspace is open. */
    GlobalSearchViewModel searchModel() { return searchModel; }

    /** After the shell shows the workspace: sync status, notifiers, rescoring and resumed transcription. */
    void startBackground(WorkspaceSession open) {
        syncRelay = new SyncRelay(open.sync(), syncFeed, Platform::runLater, open.isSample());
        syncRelay.start();
        slaNotifier = new SlaNotifier(open.slaFeed(), open.currentUser().getId());
        reminderNotifier = new ReminderNotifier(open.reminders(), Formats.user());
        rescore(open);
        resumeCalls(open);
    }

    /** Queues again the call recordings whose transcription a quit or crash interrupted. */
    private void resumeCalls(WorkspaceSession open) {
        tasks.run("Resuming call transcription", p -> open.calls().resume(), n -> { },
                e -> backgroundFailed("Cannot resume call transcription", e));
    }

    /**
     * Scores leads that have no score yet, are stale, or were scored by another model, in the background
     * with the status bar's progress and Cancel; the inbox reloads when scores changed. Then the deals.
     * Also run after the company directory enriched leads (firmographics are model and routing inputs).
     */
    void rescore(WorkspaceSession open) {
        tasks.run("Scoring leads", p -> open.rescoreAndRoute().run(p), done -> {
            if (done.changed() > 0) {
                screens.get().leads().refreshRows();
            }
            if (!done.warnings().isEmpty()) {
                dialogs.showError("Lead model problem", String.join("\n", done.warnings()));
            }
        }, e -> backgroundFailed("Cannot score leads", e));
        rescoreDeals(open);
        TeamAccountsScreen.rescoreOnOpen(open, tasks, this::backgroundFailed);
    }

    /**
     * Win probabilities, predicted close dates and health of the open deals, in the background: the board and the
     * forecast show them once written (a deal not scored yet shows "—").
     */
    private void rescoreDeals(WorkspaceSession open) {
        tasks.run("Scoring deals", p -> new RescoreDeals(Workspace.over(open.store()), Clock.systemUTC()).rescore(p), done -> {
            SessionScreens shown = screens.get();
            if (shown != null && shown.dealsBuilt()) {
                shown.deals().load();
            }
        }, e -> backgroundFailed("Cannot score deals", e));
    }

    /**
     * Says why work started on opening failed, unless it was cancelled or the window is closing: a modal message
     * then would hold up the close (and a store closed under the work is not a failure of it).
     */
    private void backgroundFailed(String title, Throwable e) {
        if (!closing && !(e instanceof Progress.CancelledException)) {
            dialogs.showError(title, e.getMessage());
        }
    }

    /** Stops the relay and notifiers, cancels the window's background tasks, then closes the search index. */
    @Override
    public void close() {
        closing = true;
        if (syncRelay != null) {
            syncRelay.close();
        }
        if (slaNotifier != null) {
            slaNotifier.close();
        }
        if (reminderNotifier != null) {
            reminderNotifier.close();
        }
        tasks.cancelAll();
        if (globalSearch != null) {
            globalSearch.close();
        }
    }
}
