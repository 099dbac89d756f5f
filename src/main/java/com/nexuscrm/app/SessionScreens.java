package com.nexuscrm.app;

import com.nexuscrm.app.adapters.MetaCustomerViews;
import com.nexuscrm.app.adapters.MetaSavedFilters;
import com.nexuscrm.storage.StoredTouches;
import com.nexuscrm.app.adapters.SpeakerRoleMemory;
import com.nexuscrm.app.adapters.WorkspaceCallQueue;
import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.CallRecording;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.json.Json;
import com.nexuscrm.ui.activity.TimelinePane;
import com.nexuscrm.ui.activity.TimelineViewModel;
import com.nexuscrm.ui.calls.CallAnalysisViewModel;
import com.nexuscrm.ui.calls.CallDetailViewModel;
import com.nexuscrm.ui.calls.CallsViewModel;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.LeaveGuard;
import com.nexuscrm.ui.common.RecordNavigator;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.ui.customers.AccountDetailViewModel;
import com.nexuscrm.ui.customers.AccountHistoryViewModel;
import com.nexuscrm.ui.customers.AccountInsightsSource;
import com.nexuscrm.ui.customers.AccountInsightsViewModel;
import com.nexuscrm.ui.customers.AccountsViewModel;
import com.nexuscrm.ui.customers.ContactDetailViewModel;
import com.nexuscrm.ui.customers.ContactsViewModel;
import com.nexuscrm.ui.customers.CustomersViewModel;
import com.nexuscrm.ui.deals.DealDetailViewModel;
import com.nexuscrm.ui.deals.DealInsightsViewModel;
import com.nexuscrm.ui.deals.DealsViewModel;
import com.nexuscrm.ui.leads.LeadDetailViewModel;
import com.nexuscrm.ui.leads.LeadScoreViewModel;
import com.nexuscrm.ui.leads.LeadsViewModel;
import com.nexuscrm.usecase.AccountInsights;
import com.nexuscrm.usecase.AccountTimeline;
import com.nexuscrm.usecase.AttachDocument;
import com.nexuscrm.usecase.FindDuplicates;
import com.nexuscrm.usecase.SaveLead;
import com.nexuscrm.usecase.TeamChoices;
import com.nexuscrm.usecase.Workspace;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;

/**
 * The screen models one open workspace shares between views: one inbox model for the inbox and its detail
 * and score panes, one calls model for the list, its detail pane and the analysis beside it, and the deal models
 * ({@link DealScreens}). Built on first use on the FX thread; {@link #reset()} drops them when the workspace's user
 * changes (connecting adopts the team server's user), so the next screens are built for that user.
 */
final class SessionScreens implements AutoCloseable {
    private final WorkspaceSession session;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    /** Where a record of another screen opens (a deal from an account's related list). */
    private final RecordNavigator navigator;
    private volatile LeadsViewModel leads;
    private volatile TimelineViewModel leadTimeline;
    private volatile CallsViewModel calls;
    private volatile CustomersViewModel customers;
    private volatile AccountInsightsViewModel accountInsights;
    private volatile CallAnalysisViewModel callAnalysis;
    /** The calls screen's queue; it holds the one recording decrypted for playback. */
    private volatile WorkspaceCallQueue callQueue;
    /** Stops the inbox following the team's lead sources (the inbox is rebuilt after the user changes). */
    private Runnable unfollowSources = () -> { };
    /** The deals list and the deal detail. */
    private final DealScreens dealScreens;

    SessionScreens(WorkspaceSession session, TaskExecutor tasks, DialogService dialogs, RecordNavigator navigator) {
        this.session = session;
        this.navigator = navigator;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.dealScreens = new DealScreens(session, tasks, dialogs, navigator);
    }

    WorkspaceSession session() { return session; }

    /** One inbox model per session, shared by the inbox and its detail pane. */
    LeadsViewModel leads() {
        if (leads == null) {
            var store = session.store();
            SaveLead saveLead = session.saveLead();
            LeadDetailViewModel detail = new LeadDetailViewModel(store.leads(), saveLead, tasks, dialogs,
                    new LeadScoreViewModel(saveLead, session.scoringThread(), Platform::runLater), session.enrichment());
            detail.setDuplicateCheck(new FindDuplicates(Workspace.over(store))::ofLead);
            LeadsViewModel inbox = new LeadsViewModel(store.leads(), session.currentUser(), session.users(), tasks, dialogs,
                    detail, new MetaSavedFilters(store.meta(), Json.mapper()), session.slaMonitor()::clock);
            followSources(inbox);
            leads = inbox;
            leadTimeline = leadTimeline(detail, leads);
        }
        return leads;
    }

    /**
     * The inbox's Source filter and the lead form offer the team's lead sources as the workspace's background open
     * read them (no store read here, on the FX thread), and follow them when a sync or Settings changes the list.
     */
    private void followSources(LeadsViewModel inbox) {
        TeamChoicesFeed choices = session.teamChoices();
        Consumer<TeamChoices> use = c -> {
            inbox.useSources(c.list(PicklistName.LEAD_SOURCE));
            inbox.detail().useSources(c.list(PicklistName.LEAD_SOURCE));
        };
        use.accept(choices.current());
        unfollowSources.run();
        unfollowSources = choices.subscribe(use);
    }

    /** One Customers model per session (accounts and contacts lists with their detail panes). */
    CustomersViewModel customers() {
        if (customers == null) {
            var store = session.store();
            var views = new MetaCustomerViews(store.meta(), Json.mapper());
            AccountDetailViewModel account = new AccountDetailViewModel(store.accounts(), tasks, dialogs, Clock.systemUTC());
            TeamChoicesFeed choices = session.teamChoices();
            account.useTeamSettings(() -> choices.current().list(PicklistName.INDUSTRY), () -> choices.current().currency());
            var workspace = Workspace.over(store);
            var timeline = new AccountTimeline(workspace);
            account.useHistory(timeline, new AccountHistoryViewModel(timeline, new AttachDocument(workspace, Clock.systemUTC()),
                    tasks, dialogs, Formats.user().zone(), session.currentUser(), Clock.systemUTC()));
            customers = new CustomersViewModel(
                    new AccountsViewModel(store.accounts(), session.currentUser(), session.users(), tasks, dialogs, views,
                            account),
                    new ContactsViewModel(store.contacts(), store.accounts(), session.currentUser(), session.users(), tasks,
                            dialogs, views, new ContactDetailViewModel(store.contacts(), tasks, dialogs, Clock.systemUTC())));
            customers.openElsewhereWith(navigator);
        }
        return customers;
    }

    /**
     * Asked before the user leaves a section or closes the window: the inbox's lead form and the deal detail may
     * hold unsaved edits (nothing to ask before they are built); the lead form is asked first, then the deal.
     */
    LeaveGuard leaveGuard() {
        LeadsViewModel built = leads;
        LeaveGuard lead = built == null ? LeaveGuard.NONE : built.leaveGuard();
        LeaveGuard dealGuard = dealScreens.leaveGuard();
        return (proceed, stay) -> lead.leave(() -> dealGuard.leave(proceed, stay), stay);
    }

    /** The lead detail's timeline: follows the lead shown; an activity on a lead refreshes its inbox row (SLA). */
    private TimelineViewModel leadTimeline(LeadDetailViewModel detail, LeadsViewModel inbox) {
        TimelineViewModel timeline = timeline();
        detail.shownLeadProperty().addListener((o, was, id) -> timeline.show(id == null ? null : RecordRef.lead(id)));
        timeline.onChange(a -> {
            if (a.getLeadId() != null) {
                inbox.refreshRow(a.getLeadId());
            }
        });
        return timeline;
    }

    /** The timeline in the lead detail pane. */
    TimelineViewModel leadTimeline() {
        leads();
        return leadTimeline;
    }

    /**
     * A new timeline model for a detail pane (account, contact, deal): {@code TimelinePane.of(timeline())},
     * then {@code show(RecordRef)} when the pane shows a record.
     */
    TimelineViewModel timeline() {
        TeamChoicesFeed choices = session.teamChoices();
        return new TimelineViewModel(session.store().activities(), session.logActivity(), session.currentUser(),
                tasks, dialogs, Clock.systemUTC(), Formats.user())
                .useOutcomes(() -> choices.current().list(PicklistName.ACTIVITY_OUTCOME))
                .useTouches(new StoredTouches(session.store()));
    }

    /** A timeline pane following the record a detail pane shows (accounts, contacts). */
    TimelinePane timelineOf(ObservableValue<RecordRef> shown) {
        TimelineViewModel timeline = timeline();
        timeline.show(shown.getValue());
        shown.addListener((o, was, now) -> timeline.show(now));
        return TimelinePane.of(timeline);
    }

    /** Reloads the inbox after leads changed elsewhere (bulk enrichment), if the inbox has been built. */
    void leadsChanged() {
        LeadsViewModel built = leads;
        if (built != null) {
            built.load();
        }
    }

    /** The account-insights model (health, churn, talking points, growth, relationships, brief) of the account detail. */
    AccountInsightsViewModel accountInsights() {
        if (accountInsights == null) {
            var workspace = Workspace.over(session.store());
            Clock clock = Clock.system(ZoneId.systemDefault());
            accountInsights = new AccountInsightsViewModel(
                    AccountInsightsSource.of(new AccountInsights(workspace, clock), clock.getZone()), tasks);
        }
        return accountInsights;
    }

    /** Whether the deals section's model exists yet (a reload of one never built is not needed). */
    boolean dealsBuilt() { return dealScreens.dealsBuilt(); }

    /** One deals list per session, so a deal opened from another screen is selected in the list on show. */
    DealsViewModel deals() { return dealScreens.deals(); }

    /** One deal detail per session: its host (the deals list) and the shell's unsaved-edits question share it. */
    DealDetailViewModel dealDetail() { return dealScreens.dealDetail(); }

    /** A new deal-insights model for a host such as the deal detail pane (see {@link DealScreens#dealInsights()}). */
    DealInsightsViewModel dealInsights() { return dealScreens.dealInsights(); }

    /** One calls screen model per session, shared by the list and its detail pane. */
    CallsViewModel calls() {
        if (calls == null) {
            var store = session.store();
            callQueue = new WorkspaceCallQueue(session.calls(), session.callLog(), store.repository(CallRecording.class),
                    store.repository(Deal.class), store.repository(Account.class),
                    new SpeakerRoleMemory(store.meta()), session.currentUser().getId(), Clock.systemUTC());
            CallDetailViewModel detail = new CallDetailViewModel(callQueue, tasks);
            calls = new CallsViewModel(callQueue, session.currentUser().getId(), tasks, dialogs, detail);
            callAnalysis = new CallAnalysisViewModel(callQueue, tasks, detail);
        }
        return calls;
    }

    /** The analysis panel beside the calls screen's transcript. */
    CallAnalysisViewModel callAnalysis() {
        calls();
        return callAnalysis;
    }

    /** Drops the shared models; the next screens are built anew (after the workspace's user changed). */
    void reset() {
        unfollowSources.run();
        unfollowSources = () -> { };
        leads = null;
        leadTimeline = null;
        calls = null;
        dealScreens.reset();
        customers = null;
        closeCallQueue();
    }

    private void closeCallQueue() {
        if (callQueue != null) {
            callQueue.close();
            callQueue = null;
        }
    }

    /** Lets go of the decrypted playback copy; call before the session closes. */
    @Override
    public void close() {
        unfollowSources.run();
        closeCallQueue();
    }
}
