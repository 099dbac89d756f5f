package com.nexuscrm.app;

import com.nexuscrm.app.adapters.CallHistoryReports;
import com.nexuscrm.app.adapters.DealScoringModels;
import com.nexuscrm.app.adapters.ScoringModels;
import com.nexuscrm.app.adapters.TeamCurrencySettings;
import com.nexuscrm.app.adapters.TeamPicklistSettings;
import com.nexuscrm.app.adapters.TeamSlaSettings;
import com.nexuscrm.app.adapters.WorkspaceCallSettings;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.transfer.CompanyDirectoryImporter;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.settings.CallSettingsView;
import com.nexuscrm.ui.settings.CampaignSettingsView;
import com.nexuscrm.ui.settings.CampaignSettingsViewModel;
import com.nexuscrm.usecase.CampaignSending;
import com.nexuscrm.ui.settings.CallSettingsViewModel;
import com.nexuscrm.ui.settings.CompanyDirectoryView;
import com.nexuscrm.ui.settings.CompanyDirectoryViewModel;
import com.nexuscrm.ui.settings.CurrencySettingsView;
import com.nexuscrm.ui.settings.CurrencySettingsViewModel;
import com.nexuscrm.ui.settings.DealScoringView;
import com.nexuscrm.ui.settings.LeadScoringView;
import com.nexuscrm.ui.settings.ModelKind;
import com.nexuscrm.ui.settings.ModelTrainingView;
import com.nexuscrm.ui.settings.ModelTrainingViewModel;
import com.nexuscrm.ui.settings.PicklistsView;
import com.nexuscrm.ui.settings.PicklistsViewModel;
import com.nexuscrm.ui.settings.RoutingRulesView;
import com.nexuscrm.ui.settings.RoutingRulesViewModel;
import com.nexuscrm.ui.settings.SettingsView;
import com.nexuscrm.ui.settings.SettingsViewModel;
import com.nexuscrm.ui.settings.SlaPolicyView;
import com.nexuscrm.ui.settings.SlaPolicyViewModel;
import com.nexuscrm.ui.settings.TeamServerView;
import com.nexuscrm.ui.settings.TeamServerViewModel;
import com.nexuscrm.ui.settings.ThemeSetting;
import com.nexuscrm.ui.sync.SyncFeed;
import com.nexuscrm.ui.sync.SyncInboxView;
import com.nexuscrm.ui.sync.SyncInboxViewModel;
import com.nexuscrm.ui.sync.SyncStatusText;
import com.nexuscrm.ui.team.CallCoachingView;
import com.nexuscrm.ui.team.CallCoachingViewModel;
import com.nexuscrm.ui.team.TeamView;
import com.nexuscrm.ui.team.TeamViewModel;
import com.nexuscrm.usecase.RescoreDeals;
import com.nexuscrm.usecase.TeamCurrency;
import com.nexuscrm.usecase.TeamPicklists;
import com.nexuscrm.usecase.Workspace;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * The controllers of the Team, Sync inbox and Settings sections (team server, scoring models, calls, routing, SLA,
 * company directory, picklists, currency), over the open workspace's session.
 */
final class SettingsViewFactories {
    private final ScreenWiring w;
    private final ThemeSetting theme;
    private final SyncFeed syncFeed;
    private final SyncStatusText syncText;
    /** After connecting from Settings: the screens built for the local owner are rebuilt for the server's user. */
    private final Consumer<WorkspaceSession> adoptServerUser;
    /** After the company directory enriched leads: rescore and route as on open. */
    private final Consumer<WorkspaceSession> rescore;

    SettingsViewFactories(ScreenWiring wiring, ThemeSetting theme, SyncFeed syncFeed, SyncStatusText syncText,
                          Consumer<WorkspaceSession> adoptServerUser, Consumer<WorkspaceSession> rescore) {
        this.w = wiring;
        this.theme = theme;
        this.syncFeed = syncFeed;
        this.syncText = syncText;
        this.adoptServerUser = adoptServerUser;
        this.rescore = rescore;
    }

    /** Adds this group's controllers to the window's controller factory. */
    ScreenTable addTo(ScreenTable table) {
        return table
                .put(TeamView.class, () -> new TeamView(new TeamViewModel(
                        session().directory(), session().slaRecords(), Clock.systemUTC(), w.tasks())))
                .put(CallCoachingView.class, () -> new CallCoachingView(new CallCoachingViewModel(
                        new CallHistoryReports(session().callLog(), session().store().repository(Deal.class)),
                        session().directory(), Clock.systemUTC(), Formats.user(), w.tasks())))
                .put(SyncInboxView.class, () -> new SyncInboxView(
                        new SyncInboxViewModel(session().sync(), syncFeed, w.tasks(), w.dialogs())))
                .put(TeamServerView.class, this::teamServerView)
                .put(LeadScoringView.class, () -> new LeadScoringView(new ModelTrainingViewModel(ModelKind.LEADS,
                        new ScoringModels(session().scoring()), w.tasks(), w.dialogs(),
                        () -> w.requireScreens().leads().refreshRows())))
                .put(DealScoringView.class, () -> new DealScoringView(new ModelTrainingViewModel(ModelKind.DEALS,
                        new DealScoringModels(new RescoreDeals(Workspace.over(session().store()), Clock.systemUTC())),
                        w.tasks(), w.dialogs(), () -> w.requireScreens().deals().load())))
                .put(ModelTrainingView.class, ModelTrainingView::new)
                .put(CallSettingsView.class, () -> new CallSettingsView(new CallSettingsViewModel(
                        new WorkspaceCallSettings(session().store().meta()), w.tasks())))
                .put(RoutingRulesView.class, () -> new RoutingRulesView(
                        new RoutingRulesViewModel(session().routingRules(), w.tasks())))
                .put(SlaPolicyView.class, () -> new SlaPolicyView(new SlaPolicyViewModel(
                        new TeamSlaSettings(session().slaPolicy()), w.tasks())))
                .put(CompanyDirectoryView.class, this::companyDirectoryView)
                .put(PicklistsView.class, () -> new PicklistsView(new PicklistsViewModel(new TeamPicklistSettings(
                        TeamPicklists.of(Workspace.over(session().store())), session().teamChoices()::refresh), w.tasks())))
                .put(CurrencySettingsView.class, () -> new CurrencySettingsView(new CurrencySettingsViewModel(
                        new TeamCurrencySettings(TeamCurrency.of(Workspace.over(session().store())),
                                session().teamChoices()::refresh), w.tasks(), Formats.user())))
                .put(CampaignSettingsView.class, () -> new CampaignSettingsView(new CampaignSettingsViewModel(
                        new CampaignSending(Workspace.over(session().store())), session().campaigns(), w.tasks(),
                        Formats.user())))
                .put(SettingsView.class, this::settingsView);
    }

    private WorkspaceSession session() { return w.requireSession(); }

    private TeamServerView teamServerView() {
        WorkspaceSession s = session();
        return new TeamServerView(new TeamServerViewModel(s.sync(), syncFeed, w.tasks(), w.dialogs(), syncText, s.isSample(),
                () -> adoptServerUser.accept(s)));
    }

    private CompanyDirectoryView companyDirectoryView() {
        WorkspaceSession s = session();
        SessionScreens shared = w.requireScreens();
        return new CompanyDirectoryView(new CompanyDirectoryViewModel(s.companies(),
                new CompanyDirectoryImporter(s.companies()), s.enrichment(), w.tasks(), w.dialogs(), Formats.user(),
                () -> {
                    // Enriched firmographics are model and routing inputs: rescore and route as on open.
                    shared.leadsChanged();
                    rescore.accept(s);
                }));
    }

    private SettingsView settingsView() {
        WorkspaceSession s = session();
        return new SettingsView(new SettingsViewModel(theme, s.store().folder().toString(),
                s.currentUser().getDisplayName() + " (" + s.currentUser().getRole().name().toLowerCase() + ")"));
    }
}
