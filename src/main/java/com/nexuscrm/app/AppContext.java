package com.nexuscrm.app;

import com.nexuscrm.app.adapters.AppWorkspaceAccess;
import com.nexuscrm.app.adapters.CallHistoryReports;
import com.nexuscrm.app.adapters.EnrichImportedLeads;
import com.nexuscrm.app.adapters.ScoringModels;
import com.nexuscrm.app.adapters.WorkspaceCallSettings;
import com.nexuscrm.usecase.CreateWorkspace;
import com.nexuscrm.usecase.EmptyWorkspace;

import com.nexuscrm.storage.StoredReplica;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.sync.BackgroundSync;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.TaskExecutor;
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
import com.nexuscrm.ui.deals.DealsView;
import com.nexuscrm.ui.deals.DealsViewModel;
import com.nexuscrm.ui.later.LaterView;
import com.nexuscrm.ui.leads.LeadDetailView;
import com.nexuscrm.ui.leads.LeadScoreView;
import com.nexuscrm.ui.leads.LeadsView;
import com.nexuscrm.ui.leads.LeadsViewModel;
import com.nexuscrm.ui.settings.CallSettingsView;
import com.nexuscrm.ui.settings.CallSettingsViewModel;
import com.nexuscrm.ui.settings.LeadScoringView;
import com.nexuscrm.ui.settings.LeadScoringViewModel;
import com.nexuscrm.ui.settings.RoutingRulesView;
import com.nexuscrm.ui.settings.RoutingRulesViewModel;
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
import com.nexuscrm.ui.workspace.WorkspaceGateViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
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
    private final AppWorkspaceAccess access;
    private final SyncLauncher syncLauncher;
    private final SyncFeed syncFeed = new SyncFeed();
    private final SyncStatusText syncText = new SyncStatusText(ZoneId.systemDefault());
    private volatile WorkspaceSession session;
    private SyncRelay syncRelay;
    private SlaNotifier slaNotifier;

    public AppContext(Path workspaceFolder, TaskExecutor tasks, DialogService dialogs, ThemeSetting theme,
                      CreateWorkspace.Seeder sampleSeeder) {
        this(workspaceFolder, tasks, dialogs, theme, sampleSeeder, AppContext::backgroundSync);
    }

    AppContext(Path workspaceFolder, TaskExecutor tasks, DialogService dialogs, ThemeSetting theme,
               CreateWorkspace.Seeder sampleSeeder, SyncLauncher syncLauncher) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.theme = theme;
        this.syncLauncher = syncLauncher;
        this.shell = new ShellViewModel(tasks, syncFeed, syncText);
        this.access = new AppWorkspaceAccess(workspaceFolder, sampleSeeder, EmptyWorkspace::seed,
                store -> session = new WorkspaceSession(store, this.syncLauncher, Platform::runLater), this::connectOpenWorkspace,
                () -> requireSession().sync());
    }

    /** First run's "Connect to a team server": the new workspace takes the server's user as its own. */
    private void connectOpenWorkspace(URI server, String email, char[] password, Progress progress) {
        WorkspaceSession open = requireSession();
        open.sync().connect(server, email, password, progress);
        open.reloadUsers();
    }

    /** Connected from Settings: the screens built for the local owner are rebuilt for the server's user. */
    private void adoptServerUser(WorkspaceSession open) {
        open.reloadUsers();
        Platform.runLater(() -> shell.identityChanged(label(open)));
    }

    private static String label(WorkspaceSession open) {
        return open.store().folder().getFileName() + "  ·  " + open.currentUser().getDisplayName();
    }

    /** The workspace's background sync: resumes rounds when a team server link is stored. */
    private static SyncLauncher.Running backgroundSync(WorkspaceStore store) {
        BackgroundSync sync = new BackgroundSync(StoredReplica.of(store), store.json()).start();
        return new SyncLauncher.Running(sync, sync);
    }

    /** Controller factory for {@link FXMLLoader}. */
    public Object create(Class<?> type) {
        if (type == WorkspaceGateView.class) {
            return new WorkspaceGateView(new WorkspaceGateViewModel(access, tasks, dialogs, this::workspaceOpened));
        }
        WorkspaceSession s = requireSession();
        if (type == LeadsView.class) {
            LeadsViewModel leads = s.leads(tasks, dialogs);
            return new LeadsView(leads, new ImportWindow(this, () -> new ImportViewModel(
                    new CsvImporter(s.store()::repository), RecordKind.LEADS, tasks, leads::load,
                    new EnrichImportedLeads(s.enrichment()))),
                    new ExportAction(new CsvExporter(s.store()::repository), RecordKind.LEADS, tasks, dialogs));
        }
        if (type == LeadDetailView.class) {
            return new LeadDetailView(s.leads(tasks, dialogs).detail());
        }
        if (type == LeadScoreView.class) {
            return new LeadScoreView(s.leads(tasks, dialogs).detail().score());
        }
        if (type == CallsView.class) {
            return new CallsView(s.callsScreen(tasks, dialogs));
        }
        if (type == CallAnalysisView.class) {
            return new CallAnalysisView(s.callAnalysis(tasks, dialogs));
        }
        if (type == CallDetailView.class) {
            return new CallDetailView(s.callsScreen(tasks, dialogs).detail());
        }
        if (type == DealsView.class) {
            return new DealsView(new DealsViewModel(s.store().repository(Deal.class), s.users(), tasks, dialogs));
        }
        if (type == TodayView.class) {
            return new TodayView(new TodayViewModel(s.store().leads(), s.currentUser(), tasks));
        }
        if (type == TeamView.class) {
            return new TeamView(new TeamViewModel(s.directory(), s.slaRecords(), Clock.systemUTC(), tasks));
        }
        if (type == CallCoachingView.class) {
            return new CallCoachingView(new CallCoachingViewModel(
                    new CallHistoryReports(s.callLog(), s.store().repository(Deal.class)), s.directory(),
                    Clock.systemUTC(), ZoneId.systemDefault(), tasks));
        }
        if (type == SyncInboxView.class) {
            return new SyncInboxView(new SyncInboxViewModel(s.sync(), syncFeed, tasks, dialogs));
        }
        if (type == TeamServerView.class) {
            return new TeamServerView(new TeamServerViewModel(s.sync(), syncFeed, tasks, dialogs, syncText, s.isSample(),
                    () -> adoptServerUser(s)));
        }
        if (type == LeadScoringView.class) {
            return new LeadScoringView(new LeadScoringViewModel(new ScoringModels(s.scoring()), tasks, dialogs,
                    () -> s.leads(tasks, dialogs).refreshRows()));
        }
        if (type == CallSettingsView.class) {
            return new CallSettingsView(new CallSettingsViewModel(new WorkspaceCallSettings(s.store().meta()), tasks));
        }
        if (type == RoutingRulesView.class) {
            return new RoutingRulesView(new RoutingRulesViewModel(s.routingRules(), tasks));
        }
        if (type == CompanyDirectoryView.class) {
            return new CompanyDirectoryView(new CompanyDirectoryViewModel(s.companies(),
                    new CompanyDirectoryImporter(s.companies()), s.enrichment(), tasks, dialogs, ZoneId.systemDefault(),
                    () -> {
                        // Enriched firmographics are model and routing inputs: rescore and route as on open.
                        s.leadsChanged();
                        rescoreOnOpen(s);
                    }));
        }
        if (type == SettingsView.class) {
            return new SettingsView(new SettingsViewModel(theme, s.store().folder().toString(),
                    s.currentUser().getDisplayName() + " (" + s.currentUser().getRole().name().toLowerCase() + ")"));
        }
        throw new IllegalArgumentException("No controller for " + type.getName());
    }

    private WorkspaceSession requireSession() {
        if (session == null) {
            throw new IllegalStateException("No workspace is open");
        }
        return session;
    }

    private void workspaceOpened() {
        WorkspaceSession open = requireSession();
        shell.workspaceOpened(label(open));
        syncRelay = new SyncRelay(open.sync(), syncFeed, Platform::runLater);
        syncRelay.start();
        slaNotifier = new SlaNotifier(open.slaFeed(), open.currentUser().getId());
        rescoreOnOpen(open);
        resumeCalls(open);
    }

    /** Queues again the call recordings whose transcription a quit or crash interrupted. */
    private void resumeCalls(WorkspaceSession open) {
        tasks.run("Resuming call transcription", p -> open.calls().resume(), n -> { },
                e -> dialogs.showError("Cannot resume call transcription", e.getMessage()));
    }

    /**
     * Scores leads that have no score yet, are stale, or were scored by another model, in the background
     * with the status bar's progress and Cancel; the inbox reloads when scores changed.
     */
    private void rescoreOnOpen(WorkspaceSession open) {
        record Done(long changed, List<String> warnings) { }
        tasks.run("Scoring leads", p -> {
            var rescored = open.scoring().rescoreNeeded(p);
            var routed = open.leadRouting().routeUnrouted(p);
            return new Done(rescored.changed() + routed.routed().size(), open.scoring().warnings());
        }, done -> {
            if (done.changed() > 0) {
                open.leads(tasks, dialogs).refreshRows();
            }
            if (!done.warnings().isEmpty()) {
                dialogs.showError("Lead model problem", String.join("\n", done.warnings()));
            }
        }, e -> {
            if (!(e instanceof Progress.CancelledException)) {
                dialogs.showError("Cannot score leads", e.getMessage());
            }
        });
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

    @Override
    public Parent load(String name) {
        return load(name, null);
    }

    @Override
    public Parent load(String name, Object argument) {
        FXMLLoader loader = new FXMLLoader(AppContext.class.getResource("/fxml/" + name + ".fxml"));
        loader.setControllerFactory(type -> {
            if (type == LaterView.class) {
                return new LaterView((Section) argument);
            }
            return type == ImportView.class ? new ImportView((ImportViewModel) argument) : create(type);
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load view " + name, e);
        }
    }

    public ShellViewModel shell() { return shell; }

    /** The open workspace's store (for tests and headless helpers). */
    WorkspaceStore sessionStore() { return requireSession().store(); }

    /** The open workspace's calls screen model (for tests). */
    com.nexuscrm.ui.calls.CallsViewModel callsScreen() { return requireSession().callsScreen(tasks, dialogs); }

    @Override
    public void close() {
        if (syncRelay != null) {
            syncRelay.close();
        }
        if (slaNotifier != null) {
            slaNotifier.close();
        }
        tasks.cancelAll();
        if (session != null) {
            session.close();
        }
    }
}
