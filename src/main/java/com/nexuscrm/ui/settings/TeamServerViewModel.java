package com.nexuscrm.ui.settings;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.sync.ServerLink;
import com.nexuscrm.sync.SyncControl;
import com.nexuscrm.sync.SyncException;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.ui.sync.ServerLogin;
import com.nexuscrm.ui.sync.SyncFeed;
import com.nexuscrm.ui.sync.SyncSnapshot;
import com.nexuscrm.ui.sync.SyncStatusText;
import java.util.Arrays;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings → Team server: connect a local workspace (URL, email, password), or, once connected, see
 * where it syncs, sync now, log in again after the token expired, or disconnect.
 */
public final class TeamServerViewModel {
    /** Said instead of the form: the sample workspace is made-up data and must never reach a team. */
    public static final String SAMPLE_REFUSAL = "This is the sample workspace: made-up data for trying NexusCRM."
            + " It stays on this computer and cannot be connected to a team server. To work with your team,"
            + " start the app with a new workspace folder (--workspace DIR) and choose \"Connect to a team server\".";

    private final SyncControl sync;
    private final SyncFeed feed;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final SyncStatusText text;
    private final boolean sampleWorkspace;
    private final StringProperty serverUrl = new SimpleStringProperty(ServerLogin.DEFAULT_URL);
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty loginPassword = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper linkServer = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper linkUser = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastSync = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final Runnable afterConnect;

    public TeamServerViewModel(SyncControl sync, SyncFeed feed, TaskExecutor tasks, DialogService dialogs,
                               SyncStatusText text, boolean sampleWorkspace) {
        this(sync, feed, tasks, dialogs, text, sampleWorkspace, () -> { });
    }

    /**
     * @param afterConnect runs on the connect task's thread once connected: the workspace now belongs to
     *                     the server's user, so whoever built screens for the local owner rebuilds them
     */
    public TeamServerViewModel(SyncControl sync, SyncFeed feed, TaskExecutor tasks, DialogService dialogs,
                               SyncStatusText text, boolean sampleWorkspace, Runnable afterConnect) {
        this.afterConnect = afterConnect;
        this.sync = sync;
        this.feed = feed;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.text = text;
        this.sampleWorkspace = sampleWorkspace;
        show(feed.current());
        feed.snapshotProperty().addListener((o, old, now) -> show(now));
    }

    private void show(SyncSnapshot snapshot) {
        ServerLink link = snapshot.link();
        connected.set(link != null);
        linkServer.set(link == null ? "" : link.server().toString());
        linkUser.set(link == null ? "" : link.displayName() + " <" + link.email() + ">");
        lastSync.set(text.when(snapshot.status().lastSynced()));
        state.set(snapshot.status().message());
    }

    /** Logs in and runs the first sync, with progress and Cancel; problems are shown in place. */
    public void connect() {
        if (busy.get()) {
            return;
        }
        if (sampleWorkspace) {
            error.set(SAMPLE_REFUSAL);
            return;
        }
        ServerLogin login = new ServerLogin(serverUrl.get(), email.get(), password.get());
        Optional<String> problem = login.problem();
        if (problem.isPresent()) {
            error.set(problem.get());
            return;
        }
        char[] secret = password.get().toCharArray();
        start();
        tasks.run("Connecting to " + login.uri(), p -> {
            ServerLink link = sync.connect(login.uri(), login.trimmedEmail(), secret, p);
            afterConnect.run();
            return link;
        }, link -> {
            Arrays.fill(secret, '\0');
            password.set("");
            finish("Connected to " + link.server() + " as " + link.displayName() + ". Sync now runs in the background.");
        }, e -> {
            Arrays.fill(secret, '\0');
            fail(e, "The connection was cancelled. If the login had already gone through, the first sync"
                    + " carries on in the background; otherwise nothing was changed.");
        });
    }

    /** Logs in again with the same email, after the server refused an expired token. */
    public void loginAgain() {
        if (busy.get()) {
            return;
        }
        if (loginPassword.get().isEmpty()) {
            error.set("Enter your team server password to log in again.");
            return;
        }
        char[] secret = loginPassword.get().toCharArray();
        start();
        tasks.run("Logging in to the team server", p -> {
            sync.login(secret); // a good login asks for a round itself
            return null;
        }, ok -> {
            Arrays.fill(secret, '\0');
            loginPassword.set("");
            finish("Logged in again. Sync resumes now.");
        }, e -> {
            Arrays.fill(secret, '\0');
            fail(e, "Log in cancelled.");
        });
    }

    public void syncNow() {
        start();
        tasks.run("Asking for a sync round", p -> {
            sync.syncNow();
            return null;
        }, ok -> finish("A sync round starts now; the status bar shows how it goes."), e -> fail(e, ""));
    }

    /** Stops syncing after the user confirms; local data and queued changes stay. */
    public void disconnect() {
        if (busy.get() || !dialogs.confirm("Disconnect from the team server?", "This workspace stops syncing with "
                + linkServer.get() + ". Your local data and any changes waiting to sync stay on this computer;"
                + " connect again to send them.")) {
            return;
        }
        start();
        tasks.run("Disconnecting", p -> {
            sync.disconnect();
            return null;
        }, ok -> finish("Disconnected. This workspace is local only; your data and queued changes are kept."),
                e -> fail(e, ""));
    }

    public void cancel() {
        tasks.cancelAll();
    }

    private void start() {
        error.set("");
        notice.set("");
        busy.set(true);
    }

    private void finish(String message) {
        busy.set(false);
        notice.set(message);
        feed.refresh();
    }

    private void fail(Throwable e, String whenCancelled) {
        busy.set(false);
        if (e instanceof Progress.CancelledException) {
            notice.set(whenCancelled);
        } else {
            error.set(e instanceof SyncException ? e.getMessage() : "Something went wrong: " + e.getMessage());
        }
        feed.refresh();
    }

    public boolean isSampleWorkspace() { return sampleWorkspace; }
    public StringProperty serverUrlProperty() { return serverUrl; }
    public StringProperty emailProperty() { return email; }
    public StringProperty passwordProperty() { return password; }
    public StringProperty loginPasswordProperty() { return loginPassword; }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty connectedProperty() { return connected.getReadOnlyProperty(); }
    public ReadOnlyStringProperty linkServerProperty() { return linkServer.getReadOnlyProperty(); }
    public ReadOnlyStringProperty linkUserProperty() { return linkUser.getReadOnlyProperty(); }
    public ReadOnlyStringProperty lastSyncProperty() { return lastSync.getReadOnlyProperty(); }
    /** The sync engine's own sentence about where things stand. */
    public ReadOnlyStringProperty stateProperty() { return state.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return tasks.progressProperty(); }
    public ReadOnlyStringProperty progressMessageProperty() { return tasks.messageProperty(); }
}
