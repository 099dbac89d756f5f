package com.nexuscrm.ui.settings;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.TaskExecutor;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings → Lead scoring: the model in use with its reliability table, the saved versions, training
 * on this workspace's history (progress bar, Cancel, result report), activating a version and rolling back.
 */
public final class LeadScoringViewModel {
    private final LeadModels models;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Runnable scoresChanged;
    private final ReadOnlyStringWrapper active = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<LeadModels.Version> versions = FXCollections.observableArrayList();
    private final ObservableList<LeadModels.Reliability> reliability = FXCollections.observableArrayList();

    /** {@code scoresChanged} runs after leads were rescored, so the inbox can reload. */
    public LeadScoringViewModel(LeadModels models, TaskExecutor tasks, DialogService dialogs, Runnable scoresChanged) {
        this.models = models;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.scoresChanged = scoresChanged;
    }

    /** Reads the registry in the background (loading a model may start the native backend). */
    public void load() {
        tasks.run("Reading lead models", p -> new Snapshot(models.active(), models.warnings(), models.versions(),
                models.reliability()), this::show, e -> warning.set("Cannot read the lead models: " + e.getMessage()));
    }

    private record Snapshot(String active, List<String> warnings, List<LeadModels.Version> versions,
                            List<LeadModels.Reliability> reliability) { }

    private void show(Snapshot s) {
        active.set(s.active());
        warning.set(String.join("\n", s.warnings()));
        versions.setAll(s.versions());
        reliability.setAll(s.reliability());
    }

    public void train() {
        run("Training the lead model", p -> {
            LeadModels.Training t = models.train(p);
            return t.notEnoughHistory() != null ? t.notEnoughHistory() : t.summary();
        });
    }

    public void activate(LeadModels.Version version) {
        if (version == null || version.active()) {
            return;
        }
        run("Activating " + version.version(), p -> {
            models.activate(version.version(), p);
            return version.version() + " is now active; every lead was rescored.";
        });
    }

    public void rollback() {
        if (!dialogs.confirm("Roll back the lead model?", "Scores go back to the model that was active before this one,"
                + " and every lead is rescored.")) {
            return;
        }
        run("Rolling back the lead model", p -> models.rollback(p)
                ? "Rolled back; every lead was rescored with the model active before."
                : "There is no earlier model to roll back to.");
    }

    public void cancel() {
        tasks.cancelAll();
    }

    private void run(String title, TaskExecutor.Work<String> work) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        result.set("");
        tasks.run(title, work, message -> {
            busy.set(false);
            result.set(message);
            scoresChanged.run();
            load();
        }, e -> {
            busy.set(false);
            result.set(e instanceof Progress.CancelledException ? "Cancelled. The model in use is the one shown above."
                    : "Failed: " + e.getMessage());
            load();
        });
    }

    public ReadOnlyStringProperty activeProperty() { return active.getReadOnlyProperty(); }
    public ReadOnlyStringProperty warningProperty() { return warning.getReadOnlyProperty(); }
    public ReadOnlyStringProperty resultProperty() { return result.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return tasks.progressProperty(); }
    public ReadOnlyStringProperty progressMessageProperty() { return tasks.messageProperty(); }
    public ObservableList<LeadModels.Version> versions() { return versions; }
    public ObservableList<LeadModels.Reliability> reliability() { return reliability; }
}
