package com.nexuscrm.app;

import com.nexuscrm.app.adapters.WorkspaceDealPipeline;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.LeaveGuard;
import com.nexuscrm.ui.common.RecordNavigator;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.ui.deals.DealDetailStores;
import com.nexuscrm.ui.deals.DealDetailViewModel;
import com.nexuscrm.ui.deals.DealInsightsSource;
import com.nexuscrm.ui.deals.DealInsightsViewModel;
import com.nexuscrm.ui.deals.DealsViewModel;
import com.nexuscrm.usecase.ActOnDealRisk;
import com.nexuscrm.usecase.AssessDeals;
import com.nexuscrm.usecase.SaveDeal;
import com.nexuscrm.usecase.Workspace;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;

/**
 * The deal screen models one open workspace shares (part of {@link SessionScreens}): the deals list, which follows
 * sync rounds, and the one deal detail its host and the shell's unsaved-edits question share. Built on first use
 * on the FX thread; {@link #reset()} drops them when the workspace's user changes.
 */
final class DealScreens {
    private final WorkspaceSession session;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    /** Where a record of another screen opens (an account from the deal detail). */
    private final RecordNavigator navigator;
    private volatile DealsViewModel deals;
    private volatile DealDetailViewModel dealDetail;

    DealScreens(WorkspaceSession session, TaskExecutor tasks, DialogService dialogs, RecordNavigator navigator) {
        this.session = session;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.navigator = navigator;
    }

    /** Whether the deals section's model exists yet (a reload of one never built is not needed). */
    boolean dealsBuilt() {
        return deals != null;
    }

    /** One deals list per session, so a deal opened from another screen is selected in the list on show. */
    DealsViewModel deals() {
        if (deals == null) {
            TeamChoicesFeed choices = session.teamChoices();
            DealsViewModel built = new DealsViewModel(new WorkspaceDealPipeline(
                    Workspace.over(session.store()), Clock.systemUTC(), session::currentUser),
                    session.users(), session.currentUser().getId(), choices::current, tasks, dialogs, Clock.systemUTC(),
                    Formats.user());
            followSync(built);
            deals = built;
        }
        return deals;
    }

    /**
     * The deals section reloads after each sync round that succeeded (a new {@code lastSynced}), on the FX thread;
     * a model dropped by {@link #reset()} is left alone.
     */
    private void followSync(DealsViewModel model) {
        AtomicReference<Instant> last = new AtomicReference<>();
        session.sync().onStatus(status -> {
            Instant at = status.lastSynced();
            if (at != null && !at.equals(last.getAndSet(at))) {
                Platform.runLater(() -> {
                    if (deals == model) {
                        model.syncRoundFinished();
                    }
                });
            }
        });
    }

    /** One deal detail per session: its host (the deals list) and the shell's unsaved-edits question share it. */
    DealDetailViewModel dealDetail() {
        if (dealDetail == null) {
            var store = session.store();
            var detail = new DealDetailViewModel(new DealDetailStores(
                    store.deals(), store.accounts(), store.contacts(), store.dealScores()),
                    new SaveDeal(Workspace.over(store), Clock.systemUTC()),
                    session.currentUser(), session.users(), tasks, dialogs, navigator, Clock.systemUTC(), Formats.user());
            TeamChoicesFeed choices = session.teamChoices();
            detail.useTeamStages(() -> choices.current().list(PicklistName.DEAL_STAGE));
            dealDetail = detail;
        }
        return dealDetail;
    }

    /** The deal detail's unsaved-edits question, if it has been built (nothing to ask before). */
    LeaveGuard leaveGuard() {
        DealDetailViewModel deal = dealDetail;
        return deal == null ? LeaveGuard.NONE : deal.leaveGuard();
    }

    /**
     * A new deal-insights model (health and risks of one deal) for a host such as the deal detail pane, which loads
     * {@code DealInsightsView.SCREEN} with it and calls {@code show(dealId)}; tasks are created as the current user.
     */
    DealInsightsViewModel dealInsights() {
        var workspace = Workspace.over(session.store());
        Clock clock = Clock.system(ZoneId.systemDefault());
        return new DealInsightsViewModel(DealInsightsSource.of(new AssessDeals(workspace, clock),
                new ActOnDealRisk(workspace, clock), session.currentUser()), tasks);
    }

    /** Drops the models; the next deal screens are built anew (after the workspace's user changed). */
    void reset() {
        deals = null;
        dealDetail = null;
    }
}
