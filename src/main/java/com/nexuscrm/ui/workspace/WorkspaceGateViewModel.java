package com.nexuscrm.ui.workspace;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.sync.SyncException;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.ui.sync.ServerLogin;
import java.util.Arrays;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * First run (a sample workspace, an empty one, or an empty one connected to a team server, plus the
 * passphrase) or unlock (the passphrase). Errors such as a wrong passphrase are shown in place and the
 * user can simply try again. A team server connection that fails or is cancelled after the workspace
 * was made still opens the workspace, and says what happens next.
 */
public final class WorkspaceGateViewModel {
    private final WorkspaceAccess access;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Runnable onOpened;
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final BooleanProperty sample = new SimpleBooleanProperty(true);
    private final BooleanProperty server = new SimpleBooleanProperty(false);
    private final StringProperty serverUrl = new SimpleStringProperty(ServerLogin.DEFAULT_URL);
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty serverPassword = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final boolean firstRun;

    public WorkspaceGateViewModel(WorkspaceAccess access, TaskExecutor tasks, DialogService dialogs, Runnable onOpened) {
        this.access = access;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.onOpened = onOpened;
        this.firstRun = !access.exists();
    }

    public void submit() {
        if (busy.get()) {
            return;
        }
        Optional<String> problem = problem();
        if (problem.isPresent()) {
            error.set(problem.get());
            return;
        }
        error.set("");
        busy.set(true);
        char[] secret = passphrase.get().toCharArray();
        boolean withSample = sample.get() && !server.get();
        ServerLogin login = server.get() ? new ServerLogin(serverUrl.get(), email.get(), serverPassword.get()) : null;
        tasks.run(firstRun ? (withSample ? "Building the sample workspace" : "Creating the workspace") : "Unlocking",
                p -> {
                    if (firstRun) {
                        access.create(secret, withSample, p);
                    } else {
                        access.open(secret, p);
                    }
                    return null;
                }, ok -> {
                    Arrays.fill(secret, '\0');
                    passphrase.set("");
                    confirmation.set("");
                    if (login == null) {
                        opened();
                    } else {
                        connect(login);
                    }
                }, e -> {
                    Arrays.fill(secret, '\0');
                    busy.set(false);
                    error.set(e.getMessage());
                });
    }

    private Optional<String> problem() {
        if (!firstRun) {
            return Optional.empty();
        }
        if (!passphrase.get().equals(confirmation.get())) {
            return Optional.of("The two passphrases differ. Type the same passphrase twice.");
        }
        if (passphrase.get().length() < 8) {
            return Optional.of("Choose a passphrase of at least 8 characters. It encrypts the workspace on this disk.");
        }
        return server.get() ? new ServerLogin(serverUrl.get(), email.get(), serverPassword.get()).problem() : Optional.empty();
    }

    /** The new workspace is open: log in and run the first sync; the workspace opens whatever happens. */
    private void connect(ServerLogin login) {
        char[] secret = login.password().toCharArray();
        tasks.run("Connecting to " + login.uri(), p -> {
            try {
                access.connect(login.uri(), login.trimmedEmail(), secret, p);
                return "";
            } catch (SyncException e) {
                return access.linked()
                        ? "Your workspace is ready and connected, but the first sync did not finish: " + e.getMessage()
                          + "\n\nIt opens now, and sync carries on in the background; the status bar shows how it goes."
                        : "Your workspace is ready, but it could not connect to the team server: " + e.getMessage()
                          + "\n\nIt opens now as a local workspace. Connect it any time in Settings → Team server.";
            }
        }, message -> {
            Arrays.fill(secret, '\0');
            serverPassword.set("");
            opened(message);
        }, e -> {
            Arrays.fill(secret, '\0');
            serverPassword.set("");
            opened(e instanceof Progress.CancelledException
                    ? "The first sync was cancelled. Your workspace opens now; if the login had gone through, sync"
                      + " resumes in the background, otherwise connect it in Settings → Team server."
                    : "Your workspace is ready, but connecting failed: " + e.getMessage()
                      + "\n\nIt opens now. Connect it any time in Settings → Team server.");
        });
    }

    private void opened(String message) {
        if (!message.isEmpty()) {
            dialogs.showInfo("Workspace ready", message);
        }
        opened();
    }

    private void opened() {
        busy.set(false);
        onOpened.run();
    }

    public void cancel() {
        tasks.cancelAll();
    }

    public boolean isFirstRun() { return firstRun; }
    public String location() { return access.location(); }
    public StringProperty passphraseProperty() { return passphrase; }
    public StringProperty confirmationProperty() { return confirmation; }
    public BooleanProperty sampleProperty() { return sample; }
    /** The "Connect to a team server" choice: an empty workspace, then a login and the first sync. */
    public BooleanProperty serverProperty() { return server; }
    public StringProperty serverUrlProperty() { return serverUrl; }
    public StringProperty emailProperty() { return email; }
    public StringProperty serverPasswordProperty() { return serverPassword; }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** Progress of the running creation or unlock (-1 while unknown). */
    public ReadOnlyDoubleProperty progressProperty() { return tasks.progressProperty(); }
    public ReadOnlyStringProperty progressMessageProperty() { return tasks.messageProperty(); }
}
