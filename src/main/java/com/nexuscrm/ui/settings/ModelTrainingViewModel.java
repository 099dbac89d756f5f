package com.nexuscrm.ui.settings;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.TaskExecutor;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings → Lead scoring and Deal scoring, one model per {@link ModelKind}: the model in use with its card
 * (winner and why, held-out figures beside the baselines, what the leakage guard left out) and reliability table,
 * the saved versions, training on this workspace's history (progress bar, Cancel, result report), activating a
 * version, rolling back and going to the fallback.
 */
public final class ModelTrainingViewModel {
    private static final String CANCELLING = "Cancelling… (the step under way finishes first)";
    private final ModelKind kind;
    private final TrainableModels models;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Runnable scoresChanged;
    private final ReadOnlyStringWrapper active = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<TrainableModels.Card> card = new ReadOnlyObjectWrapper<>(TrainableModels.Card.NONE);
    private final ObservableList<TrainableModels.Version> versions = FXCollections.observableArrayList();
    private final ObservableList<TrainableModels.Reliability> reliability = FXCollections.observableArrayList();

    /** {@code scoresChanged} runs after records were rescored, so their lists can reload. */
    public ModelTrainingViewModel(ModelKind kind, TrainableModels models, TaskExecutor tasks, DialogService dialogs,
                                  Runnable scoresChanged) {
        this.kind = kind;
        this.models = models;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.scoresChanged = scoresChanged;
    }

    /** Reads the registry in the background (loading a model may start the native backend). */
    public void load() {
        tasks.run("Reading " + kind.noun() + " models", p -> new Snapshot(models.active(), models.warnings(),
                models.versions(), models.reliability(), models.card()), this::show,
                e -> warning.set("Cannot read the " + kind.noun() + " models: " + e.getMessage()));
    }

    private record Snapshot(String active, List<String> warnings, List<TrainableModels.Version> versions,
                            List<TrainableModels.Reliability> reliability, TrainableModels.Card card) { }

    private void show(Snapshot s) {
        active.set(s.active());
        warning.set(String.join("\n", s.warnings()));
        versions.setAll(s.versions());
        reliability.setAll(s.reliability());
        card.set(s.card());
    }

    public void train() {
        run("Training the " + kind.noun() + " model", p -> {
            TrainableModels.Training t = models.train(p);
            return t.notEnoughHistory() != null ? t.notEnoughHistory() : t.summary();
        });
    }

    public void activate(TrainableModels.Version version) {
        if (version == null || version.active()) {
            return;
        }
        run("Activating " + version.version(), p -> {
            models.activate(version.version(), p);
            return version.version() + " is now active; every " + kind.noun() + " was rescored.";
        });
    }

    public void rollback() {
        if (!dialogs.confirm("Roll back the " + kind.noun() + " model?", "Scores go back to the model that was active"
                + " before this one, and every " + kind.noun() + " is rescored.")) {
            return;
        }
        run("Rolling back the " + kind.noun() + " model", p -> models.rollback(p)
                ? "Rolled back; every " + kind.noun() + " was rescored with the model active before."
                : "There is no earlier model to roll back to.");
    }

    /** Stops using the trained versions (kept, and can be activated again): scores come from the fallback. */
    public void useFallback() {
        if (!dialogs.confirm("Use " + kind.fallback() + "?", "No trained " + kind.noun() + " model is used until you"
                + " activate one again (every version stays saved), and every " + kind.noun() + " is rescored.")) {
            return;
        }
        run("Going back to " + kind.fallback(), p -> {
            models.useFallback(p);
            return "Scores now come from " + kind.fallback() + "; every " + kind.noun() + " was rescored.";
        });
    }

    public void cancel() {
        tasks.cancelAll();
    }

    /**
     * Runs one action at a time: the section stays busy until the work's thread has really stopped, since a
     * cancel is reported at once while the work runs on to its next check (two trainings must never overlap).
     */
    private void run(String title, TaskExecutor.Work<String> work) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        result.set("");
        tasks.run(title, work, message -> {
            result.set(message);
            scoresChanged.run();
        }, e -> result.set(e instanceof Progress.CancelledException ? CANCELLING : "Failed: " + e.getMessage()))
                .whenStopped(() -> {
                    if (result.get().equals(CANCELLING)) {
                        result.set("Cancelled. The model in use is the one shown above.");
                    }
                    busy.set(false);
                    load();
                });
    }

    public ModelKind kind() { return kind; }
    public ReadOnlyStringProperty activeProperty() { return active.getReadOnlyProperty(); }
    public ReadOnlyStringProperty warningProperty() { return warning.getReadOnlyProperty(); }
    public ReadOnlyStringProperty resultProperty() { return result.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<TrainableModels.Card> cardProperty() { return card.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return tasks.progressProperty(); }
    public ReadOnlyStringProperty progressMessageProperty() { return tasks.messageProperty(); }
    public ObservableList<TrainableModels.Version> versions() { return versions; }
    public ObservableList<TrainableModels.Reliability> reliability() { return reliability; }
}
