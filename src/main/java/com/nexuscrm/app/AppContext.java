package com.nexuscrm.app;

import com.nexuscrm.app.adapters.AppWorkspaceAccess;
import com.nexuscrm.app.adapters.CallHistoryReports;
import com.nexuscrm.app.adapters.EnrichImportedLeads;
import com.nexuscrm.app.adapters.ListImportedDuplicates;
import com.nexuscrm.ui.transfer.AfterImport;
import com.nexuscrm.usecase.FindDuplicates;
import com.nexuscrm.app.adapters.ScoringModels;
import com.nexuscrm.app.adapters.WorkspaceCallSettings;
import com.nexuscrm.app.adapters.WorkspaceToday;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.usecase.LogActivity;
import com.nexuscrm.app.adapters.TeamImportPicklists;
import com.nexuscrm.app.adapters.TeamPicklistSettings;
import com.nexuscrm.ui.settings.PicklistsView;
import com.nexuscrm.ui.settings.PicklistsViewModel;
import com.nexuscrm.usecase.TeamPicklists;
import com.nexuscrm.app.adapters.TeamCurrencySettings;
import com.nexuscrm.ui.settings.CurrencySettingsView;
import com.nexuscrm.ui.settings.CurrencySettingsViewModel;
import com.nexuscrm.usecase.TeamCurrency;
import com.nexuscrm.usecase.Workspace;
import com.nexuscrm.usecase.CreateWorkspace;
import com.nexuscrm.usecase.EmptyWorkspace;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.Screen;
import com.nexuscrm.ui.common.ViewLoader;
import com.nexuscrm.transfer.CsvExporter;
import com.nexuscrm.transfer.CsvImporter;
import com.nexuscrm.transfer.RecordKind;
import com.nexuscrm.ui.transfer.ExportAction;
import com.nexuscrm.ui.transfer.ImportView;
import com.nexuscrm.ui.transfer.ImportViewModel;
import com.nexuscrm.ui.transfer.ImportWindow;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.ui.calls.CallAnalysisView;
import com.nexuscrm.ui.calls.CallDetailView;
import com.nexuscrm.ui.calls.CallsView;
import com.nexuscrm.ui.customers.AccountDetailView;
import com.nexuscrm.ui.customers.AccountsView;
import com.nexuscrm.ui.customers.ContactDetailView;
import com.nexuscrm.ui.customers.ContactsView;
import com.nexuscrm.ui.customers.CustomersView;
import com.nexuscrm.ui.customers.CustomersViewModel;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.ui.deals.DealInsightsView;
import com.nexuscrm.ui.deals.DealInsightsViewModel;
import com.nexuscrm.ui.deals.DealsView;
import com.nexuscrm.ui.later.LaterView;
import com.nexuscrm.ui.leads.LeadActivityView;
import com.nexuscrm.ui.leads.LeadDetailView;
import com.nexuscrm.ui.leads.LeadScoreView;
import com.nexuscrm.ui.leads.LeadsView;
import com.nexuscrm.ui.leads.LeadsViewModel;
import com.nexuscrm.ui.settings.CallSettingsView;
import com.nexuscrm.ui.settings.CallSettingsViewModel;
import com.nexuscrm.ui.settings.LeadScoringView;
import com.nexuscrm.ui.settings.ModelKind;
import com.nexuscrm.ui.settings.ModelTrainingView;
import com.nexuscrm.ui.settings.ModelTrainingViewModel;
import com.nexuscrm.ui.settings.RoutingRulesView;
import com.nexuscrm.ui.settings.RoutingRulesViewModel;
import com.nexuscrm.ui.settings.SlaPolicyView;
import com.nexuscrm.ui.settings.SlaPolicyViewModel;
import com.nexuscrm.app.adapters.TeamSlaSettings;
import com.nexuscrm.transfer.CompanyDirectoryImporter;
import com.nexuscrm.ui.settings.CompanyDirectoryView;
import com.nexuscrm.ui.settings.CompanyDirectoryViewModel;
import com.nexuscrm.ui.settings.SettingsView;
import com.nexuscrm.ui.settings.SettingsViewModel;
import com.nexuscrm.ui.settings.TeamServerView;
import com.nexuscrm.ui.settings.TeamServerViewModel;
import com.nexuscrm.ui.sync.SyncFeed;
import com.nexuscrm.ui.sync.SyncInboxView;
import com.nexuscrm.ui.sync.SyncInboxViewModel;
import com.nexuscrm.ui.sync.SyncStatusText;
import com.nexuscrm.ui.settings.ThemeSetting;
import com.nexuscrm.ui.shell.Section;
import com.nexuscrm.ui.shell.ShellViewModel;
import com.nexuscrm.ui.team.CallCoachingView;
import com.nexuscrm.ui.team.CallCoachingViewModel;
import com.nexuscrm.ui.team.TeamView;
import com.nexuscrm.ui.team.TeamViewModel;
import com.nexuscrm.ui.today.TodayView;
import com.nexuscrm.ui.today.TodayViewModel;
import com.nexuscrm.ui.workspace.WorkspaceGateView;
import com.nexuscrm.ui.convert.ConvertLeadView;
import com.nexuscrm.ui.convert.ConvertLeadViewModel;
import com.nexuscrm.ui.convert.ConvertLeadWindow;
import com.nexuscrm.ui.leads.LeadRecordActions;
import com.nexuscrm.ui.merge.MergeView;
import com.nexuscrm.ui.merge.MergeViewModel;
import com.nexuscrm.ui.merge.MergeWindow;
import com.nexuscrm.usecase.ConvertLead;
import com.nexuscrm.usecase.MergeRecords;
import com.nexuscrm.usecase.Workspace;
import com.nexuscrm.ui.workspace.WorkspaceGateViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import com.nexuscrm.domain.Progress;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * The app's wiring, by hand and in one place: builds every view's controller and model. Before the
 * workspace is unlocked only the shell and the gate exist; the rest is built over the open workspace.
 */
public final class AppContext implements ViewLoader, AutoCloseable {
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ThemeSetting theme;
    private final ShellViewModel shell;
    private final ShellNavigator navigator;
    private final AppWorkspaceAccess access;
    private final SyncLauncher syncLauncher;
    private final SyncFeed syncFeed = new SyncFeed();
    private final SyncStatusText syncText = new SyncStatusText(Formats.user());
    private volatile WorkspaceSession session;
    /** Set when the window closes: background work that then fails (its store closed under it) is no failure. */
    private volatile boolean closing;
    private volatile com.nexuscrm.ui.search.GlobalSearchViewModel searchModel;
    private com.nexuscrm.app.adapters.WorkspaceGlobalSearch globalSearch;
    private volatile SessionScreens screens;
    private final ScreenTable screenTable;
    private SyncRelay syncRelay;
    private SlaNotifier slaNotifier;
    private ReminderNotifier reminderNotifier;

    public AppContext(Path workspaceFolder, TaskExecutor tasks, DialogService dialogs, ThemeSetting theme,
                      CreateWorkspace.Seeder sampleSeeder) {
        this(workspaceFolder, tasks, dialogs, theme, sampleSeeder, SyncLauncher::background);
    }

    AppContext(Path workspaceFolder, TaskExecutor tasks, DialogService dialogs, ThemeSetting theme,
               CreateWorkspace.Seeder sampleSeeder, SyncLauncher syncLauncher) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.theme = theme;
        this.syncLauncher = syncLauncher;
        this.shell = new ShellViewModel(tasks, syncFeed, syncText);
        this.navigator = new ShellNavigator(shell);
        navigator.register(RecordRef.Kind.ACCOUNT, Section.CUSTOMERS, id -> requireScreens().customers().openAccount(id));
        navigator.register(RecordRef.Kind.CONTACT, Section.CUSTOMERS, id -> requireScreens().customers().openContact(id));
        shell.setLeaveGuard((proceed, stay) -> { // the inbox's lead form, once built, may hold unsaved edits
            SessionScreens open = screens;
            if (open == null) {
                proceed.run();
            } else {
                open.leaveGuard().leave(proceed, stay);
            }
        });
        this.access = new AppWorkspaceAccess(workspaceFolder, sampleSeeder, EmptyWorkspace::seed,
                this::sessionOpened, this::connectOpenWorkspace, () -> requireSession().sync());
        this.screenTable = screenTable();
        navigator.register(RecordRef.Kind.LEAD, Section.LEADS, id -> requireScreens().leads().select(id));
        navigator.register(RecordRef.Kind.DEAL, Section.DEALS, id -> requireScreens().deals().select(id));
    }

    private void sessionOpened(WorkspaceStore store) {
        WorkspaceSession opened = new WorkspaceSession(store, syncLauncher, Platform::runLater);
        screens = new SessionScreens(opened, tasks, dialogs, navigator); // before the session: requireScreens() never sees null
        session = opened;
    }

    /** First run's "Connect to a team server": the new workspace takes the server's user as its own. */
    private void connectOpenWorkspace(URI server, String email, char[] password, Progress progress) {
        WorkspaceSession open = requireSession();
        open.sync().connect(server, email, password, progress);
        open.reloadUsers();
        requireScreens().reset();
    }

    /** Connected from Settings: the screens built for the local owner are rebuilt for the server's user. */
    private void adoptServerUser(WorkspaceSession open) {
        open.reloadUsers();
        requireScreens().reset();
        Platform.runLater(() -> shell.identityChanged(label(open)));
    }

    private static String label(WorkspaceSession open) {
        return open.store().folder().getFileName() + "  ·  " + open.currentUser().getDisplayName();
    }

    /** The FXML controller factory: which controller each view gets; all but the gate need an open workspace. */
    private ScreenTable screenTable() {
        return new ScreenTable()
                .put(WorkspaceGateView.class, () -> new WorkspaceGateView(
                        new WorkspaceGateViewModel(access, tasks, dialogs, this::workspaceOpened)))
                .put(LaterView.class, Section.class, LaterView::new)
                .put(ImportView.class, ImportViewModel.class, ImportView::new)
                .put(LeadsView.class, this::leadsView)
                .put(ConvertLeadView.class, ConvertLeadViewModel.class, ConvertLeadView::new)
                .put(MergeView.class, MergeViewModel.class, MergeView::new)
                .put(LeadDetailView.class, () -> new LeadDetailView(requireScreens().leads().detail()))
                .put(LeadActivityView.class, () -> new LeadActivityView(requireScreens().leadTimeline()))
                .put(LeadScoreView.class, () -> new LeadScoreView(requireScreens().leads().detail().score()))
                .put(CustomersView.class, () -> new CustomersView(requireScreens().customers()))
                .put(AccountsView.class, this::accountsView)
                .put(ContactsView.class, this::contactsView)
                .put(AccountDetailView.class, () -> new AccountDetailView(requireScreens().customers().accounts().detail(),
                        requireScreens().timelineOf(requireScreens().customers().accounts().detail().recordProperty()),
                        accountInsightsOf(requireScreens().customers().accounts().detail().recordProperty())))
                .put(ContactDetailView.class, () -> new ContactDetailView(requireScreens().customers().contacts().detail(),
                        requireScreens().timelineOf(requireScreens().customers().contacts().detail().recordProperty())))
                .put(CallsView.class, () -> new CallsView(requireScreens().calls()))
                .put(CallAnalysisView.class, () -> new CallAnalysisView(requireScreens().callAnalysis()))
                .put(CallDetailView.class, () -> new CallDetailView(requireScreens().calls().detail()))
                .put(DealsView.class, () -> new DealsView(requireScreens().deals(), requireScreens().dealDetail()))
                .put(com.nexuscrm.ui.deals.DealDetailView.class, () -> new com.nexuscrm.ui.deals.DealDetailView(
                        requireScreens().dealDetail(), requireScreens().timelineOf(requireScreens().dealDetail().recordProperty()),
                        () -> dealInsightsOf(requireScreens().dealDetail().recordProperty())))
                .put(DealInsightsView.class, DealInsightsViewModel.class, DealInsightsView::new)
                .put(com.nexuscrm.ui.customers.AccountInsightsView.class, com.nexuscrm.ui.customers.AccountInsightsViewModel.class,
                        com.nexuscrm.ui.customers.AccountInsightsView::new)
                .put(com.nexuscrm.ui.forecast.ForecastView.class, this::forecastView)
                .put(TodayView.class, this::todayView)
                .put(TeamView.class, () -> new TeamView(new TeamViewModel(
                        requireSession().directory(), requireSession().slaRecords(), Clock.systemUTC(), tasks)))
                .put(com.nexuscrm.ui.team.TeamAccountsView.class, () -> TeamAccountsScreen.view(requireSession(), navigator, tasks))
                .put(CallCoachingView.class, () -> new CallCoachingView(new CallCoachingViewModel(
                        new CallHistoryReports(requireSession().callLog(), requireSession().store().repository(Deal.class)),
                        requireSession().directory(), Clock.systemUTC(), Formats.user(), tasks)))
                .put(SyncInboxView.class, () -> new SyncInboxView(
                        new SyncInboxViewModel(requireSession().sync(), syncFeed, tasks, dialogs)))
                .put(TeamServerView.class, this::teamServerView)
                .put(LeadScoringView.class, () -> new LeadScoringView(new ModelTrainingViewModel(ModelKind.LEADS,
                        new ScoringModels(requireSession().scoring()), tasks, dialogs, () -> requireScreens().leads().refreshRows())))
                .put(com.nexuscrm.ui.settings.DealScoringView.class, () -> new com.nexuscrm.ui.settings.DealScoringView(
                        new ModelTrainingViewModel(ModelKind.DEALS, new com.nexuscrm.app.adapters.DealScoringModels(
                                new com.nexuscrm.usecase.RescoreDeals(Workspace.over(requireSession().store()), Clock.systemUTC())),
                                tasks, dialogs, () -> requireScreens().deals().load())))
                .put(ModelTrainingView.class, ModelTrainingView::new)
                .put(CallSettingsView.class, () -> new CallSettingsView(new CallSettingsViewModel(
                        new WorkspaceCallSettings(requireSession().store().meta()), tasks)))
                .put(RoutingRulesView.class, () -> new RoutingRulesView(
                        new RoutingRulesViewModel(requireSession().routingRules(), tasks)))
                .put(SlaPolicyView.class, () -> new SlaPolicyView(new SlaPolicyViewModel(
                        new TeamSlaSettings(requireSession().slaPolicy()), tasks)))
                .put(CompanyDirectoryView.class, this::companyDirectoryView)
                .put(PicklistsView.class, () -> new PicklistsView(new PicklistsViewModel(new TeamPicklistSettings(
                        TeamPicklists.of(Workspace.over(requireSession().store())), requireSession().teamChoices()::refresh), tasks)))
                .put(CurrencySettingsView.class, () -> new CurrencySettingsView(new CurrencySettingsViewModel(
                        new TeamCurrencySettings(TeamCurrency.of(Workspace.over(requireSession().store())),
                                requireSession().teamChoices()::refresh), tasks, Formats.user())))
                .put(SettingsView.class, this::settingsView);
    }

    private LeadsView leadsView() {
        WorkspaceSession s = requireSession();
        LeadsViewModel leads = requireScreens().leads();
        return new LeadsView(leads, new ImportWindow(this, this::leadImport),
                new ExportAction(new CsvExporter(s.store()::repository), RecordKind.LEADS, tasks, dialogs),
                new LeadRecordActions(convertWindow(leads), mergeWindow()));
    }

    private ConvertLeadWindow convertWindow(LeadsViewModel leads) {
        WorkspaceSession s = requireSession();
        return new ConvertLeadWindow(this, () -> new ConvertLeadViewModel(
                new ConvertLead(Workspace.over(s.store()), Clock.systemUTC(), s.teamChoices().current().currency()), tasks, s.currentUser(),
                Formats.user().locale(), java.time.LocalDate.now(), c -> leads.rowsChanged(List.of(c.lead().getId()), List.of())));
    }

    /** Merging two leads, contacts or accounts: one per screen that offers it (see {@link MergeWindow#show}). */
    MergeWindow mergeWindow() {
        return new MergeWindow(this, new MergeRecords(Workspace.over(requireSession().store())), tasks);
    }

    private com.nexuscrm.ui.forecast.ForecastView forecastView() {
        WorkspaceSession s = requireSession();
        var lastSynced = javafx.beans.binding.Bindings.createObjectBinding(
                () -> syncFeed.current().status().lastSynced(), syncFeed.snapshotProperty());
        return new com.nexuscrm.ui.forecast.ForecastView(new com.nexuscrm.ui.forecast.ForecastViewModel(
                com.nexuscrm.usecase.ForecastDeals.of(Workspace.over(s.store()), Formats.user().zone(), Clock.systemUTC()),
                () -> s.teamChoices().current().currency(), lastSynced, Clock.systemUTC(), Formats.user(), tasks));
    }

    private TodayView todayView() {
        WorkspaceSession s = requireSession();
        WorkspaceToday source = new WorkspaceToday(s.todayQueue(), new LogActivity(Workspace.over(s.store()), Clock.systemUTC()),
                s.currentUser());
        return new TodayView(new TodayViewModel(source, navigator, s.currentUser(), Formats.user(), tasks, dialogs));
    }

    /** The lead import dialog's model as the Leads screen opens it (tests open the dialog on a file with it). */
    ImportViewModel leadImport() {
        return importModel(RecordKind.LEADS, requireScreens().leads()::load, new EnrichImportedLeads(requireSession().enrichment()));
    }

    /** An import dialog's model: team picklists matched, likely duplicates listed after {@code first}. */
    private ImportViewModel importModel(RecordKind kind, Runnable onImported, AfterImport first) {
        Workspace w = Workspace.over(requireSession().store());
        String currency = requireSession().teamChoices().current().currency(); // deals without a currency column
        return new ImportViewModel(new CsvImporter(w::repository, Clock.systemUTC(), currency), kind, tasks, onImported,
                new ListImportedDuplicates(first, new FindDuplicates(w), kind), new TeamImportPicklists(TeamPicklists.of(w)));
    }

    private AccountsView accountsView() {
        CustomersViewModel customers = requireScreens().customers();
        return new AccountsView(customers.accounts(), importWindow(RecordKind.ACCOUNTS, customers::load),
                exportAction(RecordKind.ACCOUNTS), mergeWindow());
    }

    private ContactsView contactsView() {
        CustomersViewModel customers = requireScreens().customers();
        return new ContactsView(customers.contacts(), importWindow(RecordKind.CONTACTS, customers::load),
                exportAction(RecordKind.CONTACTS), mergeWindow());
    }

    private ImportWindow importWindow(RecordKind kind, Runnable onImported) {
        return new ImportWindow(this, () -> importModel(kind, onImported, AfterImport.NOTHING));
    }

    private ExportAction exportAction(RecordKind kind) {
        return new ExportAction(new CsvExporter(requireSession().store()::repository), kind, tasks, dialogs);
    }

    private TeamServerView teamServerView() {
        WorkspaceSession s = requireSession();
        return new TeamServerView(new TeamServerViewModel(s.sync(), syncFeed, tasks, dialogs, syncText, s.isSample(),
                () -> adoptServerUser(s)));
    }

    private CompanyDirectoryView companyDirectoryView() {
        WorkspaceSession s = requireSession();
        SessionScreens shared = requireScreens();
        return new CompanyDirectoryView(new CompanyDirectoryViewModel(s.companies(),
                new CompanyDirectoryImporter(s.companies()), s.enrichment(), tasks, dialogs, Formats.user(),
                () -> {
                    // Enriched firmographics are model and routing inputs: rescore and route as on open.
                    shared.leadsChanged();
                    rescoreOnOpen(s);
                }));
    }

    private SettingsView settingsView() {
        WorkspaceSession s = requireSession();
        return new SettingsView(new SettingsViewModel(theme, s.store().folder().toString(),
                s.currentUser().getDisplayName() + " (" + s.currentUser().getRole().name().toLowerCase() + ")"));
    }

    private WorkspaceSession requireSession() {
        if (session == null) {
            throw new IllegalStateException("No workspace is open");
        }
        return session;
    }

    SessionScreens requireScreens() {
        requireSession();
        return screens;
    }

    private void workspaceOpened() {
        WorkspaceSession open = requireSession();
        openSearch(open);
        shell.workspaceOpened(label(open));
        syncRelay = new SyncRelay(open.sync(), syncFeed, Platform::runLater, open.isSample());
        syncRelay.start();
        slaNotifier = new SlaNotifier(open.slaFeed(), open.currentUser().getId());
        reminderNotifier = new ReminderNotifier(open.reminders(), Formats.user());
        rescoreOnOpen(open);
        resumeCalls(open);
    }

    /** Global search: the index loads in the background now, and is brought up to date after each sync. */
    private void openSearch(WorkspaceSession open) {
        com.nexuscrm.app.adapters.WorkspaceGlobalSearch index = new com.nexuscrm.app.adapters.WorkspaceGlobalSearch(open.store());
        globalSearch = index;
        searchModel = new com.nexuscrm.ui.search.GlobalSearchViewModel(index, tasks, navigator);
        java.time.Instant[] lastSynced = {null};
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
    public com.nexuscrm.ui.search.GlobalSearchViewModel globalSearch() { return searchModel; }

    /** Queues again the call recordings whose transcription a quit or crash interrupted. */
    private void resumeCalls(WorkspaceSession open) {
        tasks.run("Resuming call transcription", p -> open.calls().resume(), n -> { },
                e -> backgroundFailed("Cannot resume call transcription", e));
    }

    /**
     * Scores leads that have no score yet, are stale, or were scored by another model, in the background
     * with the status bar's progress and Cancel; the inbox reloads when scores changed.
     */
    private void rescoreOnOpen(WorkspaceSession open) {
        tasks.run("Scoring leads", p -> open.rescoreAndRoute().run(p), done -> {
            if (done.changed() > 0) {
                requireScreens().leads().refreshRows();
            }
            if (!done.warnings().isEmpty()) {
                dialogs.showError("Lead model problem", String.join("\n", done.warnings()));
            }
        }, e -> backgroundFailed("Cannot score leads", e));
        rescoreDealsOnOpen(open);
        TeamAccountsScreen.rescoreOnOpen(open, tasks, this::backgroundFailed);
    }

    /**
     * Win probabilities, predicted close dates and health of the open deals, in the background: the board and the
     * forecast show them once written (a deal not scored yet shows "—").
     */
    private void rescoreDealsOnOpen(WorkspaceSession open) {
        tasks.run("Scoring deals", p -> new com.nexuscrm.usecase.RescoreDeals(
                com.nexuscrm.usecase.Workspace.over(open.store()), Clock.systemUTC()).rescore(p), done -> {
            SessionScreens shown = screens;
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

    /** Unlocks without asking, when the passphrase came from NEXUS_PASSPHRASE. */
    public void unlockWith(char[] passphrase) {
        if (access.exists()) {
            tasks.run("Unlocking", p -> {
                access.open(passphrase, p);
                return null;
            }, ok -> workspaceOpened(), e -> dialogs.showError("Cannot open the workspace", e.getMessage()));
        }
    }

    /** The deal's health and risks view, following the deal a detail pane shows. */
    private Parent dealInsightsOf(javafx.beans.value.ObservableValue<com.nexuscrm.domain.RecordRef> shown) {
        DealInsightsViewModel insights = requireScreens().dealInsights();
        followShown(shown, insights::show);
        return load(DealInsightsView.SCREEN, insights);
    }

    /** The account's insights view, following the account the detail pane shows. */
    private Parent accountInsightsOf(javafx.beans.value.ObservableValue<com.nexuscrm.domain.RecordRef> shown) {
        com.nexuscrm.ui.customers.AccountInsightsViewModel insights = requireScreens().accountInsights();
        followShown(shown, insights::show);
        return load(com.nexuscrm.ui.customers.AccountInsightsView.SCREEN, insights);
    }

    private static void followShown(javafx.beans.value.ObservableValue<com.nexuscrm.domain.RecordRef> shown,
                                    java.util.function.Consumer<java.util.UUID> show) {
        java.util.function.Consumer<com.nexuscrm.domain.RecordRef> follow = ref -> {
            if (ref != null) {
                show.accept(ref.id());
            }
        };
        follow.accept(shown.getValue());
        shown.addListener((o, was, now) -> follow.accept(now));
    }

    @Override
    public <A> Parent load(Screen<A> screen, A argument) {
        FXMLLoader loader = new FXMLLoader(AppContext.class.getResource("/fxml/" + screen.fxml() + ".fxml"));
        // Nested views (the inbox's detail pane) get the same argument; a controller that takes none ignores it.
        loader.setControllerFactory(type -> screenTable.create(type, argument));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load view " + screen.fxml(), e);
        }
    }

    public ShellViewModel shell() { return shell; }

    /** The open workspace's store (for tests and headless helpers). */
    WorkspaceStore sessionStore() { return requireSession().store(); }

    /** The open workspace's calls screen model (for tests). */
    com.nexuscrm.ui.calls.CallsViewModel callsScreen() { return requireScreens().calls(); }

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
        if (screens != null) {
            screens.close();
        }
        if (session != null) {
            session.close();
        }
    }
}
