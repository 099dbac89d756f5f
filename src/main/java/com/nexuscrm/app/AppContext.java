package com.nexuscrm.app;

import com.nexuscrm.app.adapters.AppWorkspaceAccess;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.ui.calls.CallsViewModel;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.Screen;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.ui.common.ViewLoader;
import com.nexuscrm.ui.later.LaterView;
import com.nexuscrm.ui.merge.MergeWindow;
import com.nexuscrm.ui.search.GlobalSearchViewModel;
import com.nexuscrm.ui.settings.ThemeSetting;
import com.nexuscrm.ui.shell.Section;
import com.nexuscrm.ui.shell.ShellViewModel;
import com.nexuscrm.ui.sync.SyncFeed;
import com.nexuscrm.ui.sync.SyncStatusText;
import com.nexuscrm.ui.transfer.ImportViewModel;
import com.nexuscrm.ui.workspace.WorkspaceGateView;
import com.nexuscrm.ui.workspace.WorkspaceGateViewModel;
import com.nexuscrm.usecase.CreateWorkspace;
import com.nexuscrm.usecase.EmptyWorkspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * The app's wiring, by hand and in one place, and the owner of the window's workspace lifecycle: unlock or create
 * at the gate, open (see {@link WorkspaceOpening}), adopt a team server's user, close. Before the workspace is
 * unlocked only the shell and the gate exist; the rest is built over the open workspace by the view factories
 * ({@link RecordViewFactories}, {@link SettingsViewFactories}) through one {@link ScreenTable}.
 */
public final class AppContext implements ViewLoader, AutoCloseable {
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ShellViewModel shell;
    private final ShellNavigator navigator;
    private final AppWorkspaceAccess access;
    private final SyncLauncher syncLauncher;
    private final SyncFeed syncFeed = new SyncFeed();
    private final SyncStatusText syncText = new SyncStatusText(Formats.user());
    private volatile WorkspaceSession session;
    private volatile SessionScreens screens;
    private final WorkspaceOpening opening;
    private final RecordViewFactories recordViews;
    private final ScreenTable screenTable;

    public AppContext(Path workspaceFolder, TaskExecutor tasks, DialogService dialogs, ThemeSetting theme,
                      CreateWorkspace.Seeder sampleSeeder) {
        this(workspaceFolder, tasks, dialogs, theme, sampleSeeder, SyncLauncher::background);
    }

    AppContext(Path workspaceFolder, TaskExecutor tasks, DialogService dialogs, ThemeSetting theme,
               CreateWorkspace.Seeder sampleSeeder, SyncLauncher syncLauncher) {
        this.tasks = tasks;
        this.dialogs = dialogs;
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
        this.opening = new WorkspaceOpening(tasks, dialogs, navigator, syncFeed, () -> screens);
        ScreenWiring wiring = new ScreenWiring(tasks, dialogs, this, this::requireSession, this::requireScreens);
        this.recordViews = new RecordViewFactories(wiring, navigator, syncFeed);
        this.screenTable = screenTable(new SettingsViewFactories(wiring, theme, syncFeed, syncText,
                this::adoptServerUser, opening::rescore));
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
    private ScreenTable screenTable(SettingsViewFactories settingsViews) {
        ScreenTable table = new ScreenTable()
                .put(WorkspaceGateView.class, () -> new WorkspaceGateView(
                        new WorkspaceGateViewModel(access, tasks, dialogs, this::workspaceOpened)))
                .put(LaterView.class, Section.class, LaterView::new);
        return settingsViews.addTo(recordViews.addTo(table));
    }

    /** Merging two leads, contacts or accounts: one per screen that offers it (see {@link MergeWindow#show}). */
    MergeWindow mergeWindow() { return recordViews.mergeWindow(); }

    /** The lead import dialog's model as the Leads screen opens it (tests open the dialog on a file with it). */
    ImportViewModel leadImport() { return recordViews.leadImport(); }

    /** The tickets or usage import dialog's model as the Accounts screen opens it (tests open the dialog on a file). */
    ImportViewModel accountDataImport(com.nexuscrm.transfer.RecordKind kind) { return recordViews.accountDataImport(kind); }

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
        opening.openSearch(open);
        shell.workspaceOpened(label(open));
        opening.startBackground(open);
    }

    /** The Ctrl+K popup's model; null until a workspace is open. */
    public GlobalSearchViewModel globalSearch() { return opening.searchModel(); }

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
    CallsViewModel callsScreen() { return requireScreens().calls(); }

    /** Stops what opening started (relay, notifiers, background tasks, search index), then the screens and session. */
    @Override
    public void close() {
        opening.close();
        if (screens != null) {
            screens.close();
        }
        if (session != null) {
            session.close();
        }
    }
}
