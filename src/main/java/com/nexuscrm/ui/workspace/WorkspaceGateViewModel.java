package com.nexuscrm.ui.workspace;

import com.nexuscrm.ui.common.TaskExecutor;
import java.util.Arrays;
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
 * First run (choose a sample or empty workspace and set a passphrase) or unlock (enter the passphrase).
 * Errors such as a wrong passphrase are shown in place and the user can simply try again.
 */
public final class WorkspaceGateViewModel {
    private final WorkspaceAccess access;
    private final TaskExecutor tasks;
    private final Runnable onOpened;
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final BooleanProperty sample = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final boolean firstRun;

    public WorkspaceGateViewModel(WorkspaceAccess access, TaskExecutor tasks, Runnable onOpened) {
        this.access = access;
        this.tasks = tasks;
        this.onOpened = onOpened;
        this.firstRun = !access.exists();
    }

    public void submit() {
        if (busy.get()) {
            return;
        }
        char[] secret = passphrase.get().toCharArray();
        if (firstRun && !passphrase.get().equals(confirmation.get())) {
            error.set("The two passphrases differ. Type the same passphrase twice.");
            return;
        }
        if (firstRun && secret.length < 8) {
            error.set("Choose a passphrase of at least 8 characters. It encrypts the workspace on this disk.");
            return;
        }
        error.set("");
        busy.set(true);
        boolean withSample = sample.get();
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
                    busy.set(false);
                    passphrase.set("");
                    confirmation.set("");
                    onOpened.run();
                }, e -> {
                    Arrays.fill(secret, '\0');
                    busy.set(false);
                    error.set(e.getMessage());
                });
    }

    public boolean isFirstRun() { return firstRun; }
    public String location() { return access.location(); }
    public StringProperty passphraseProperty() { return passphrase; }
    public StringProperty confirmationProperty() { return confirmation; }
    public BooleanProperty sampleProperty() { return sample; }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** Progress of the running creation or unlock (-1 while unknown). */
    public ReadOnlyDoubleProperty progressProperty() { return tasks.progressProperty(); }
    public ReadOnlyStringProperty progressMessageProperty() { return tasks.messageProperty(); }
}
