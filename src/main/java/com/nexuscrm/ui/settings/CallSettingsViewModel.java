package com.nexuscrm.ui.settings;

import com.nexuscrm.domain.call.RepChannel;
import com.nexuscrm.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Settings → Calls: the speech model, which stereo channel is the rep, competitors and trackers. */
public final class CallSettingsViewModel {
    private final CallSettings settings;
    private final TaskExecutor tasks;
    /** The chosen model folder; null for the built-in model. */
    private final ObjectProperty<Path> chosenModel = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper modelText = new ReadOnlyStringWrapper("");
    private final ObjectProperty<RepChannel> repChannel = new SimpleObjectProperty<>(RepChannel.LEFT);
    private final StringProperty competitors = new SimpleStringProperty("");
    private final StringProperty trackers = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private Path builtInModel;

    public CallSettingsViewModel(CallSettings settings, TaskExecutor tasks) {
        this.settings = settings;
        this.tasks = tasks;
        chosenModel.addListener((o, a, b) -> describeModel());
    }

    public void load() {
        busy.set(true);
        tasks.run("Loading call settings", p -> settings.load(), v -> {
            busy.set(false);
            builtInModel = v.builtIn() ? v.modelFolder() : builtInModel;
            chosenModel.set(v.builtIn() ? null : v.modelFolder());
            describeModel();
            repChannel.set(v.repChannel());
            competitors.set(String.join("\n", v.competitors()));
            trackers.set(v.trackers());
        }, e -> {
            busy.set(false);
            error.set(e.getMessage());
        });
    }

    private void describeModel() {
        Path chosen = chosenModel.get();
        modelText.set(chosen != null ? chosen.toString()
                : "Built-in English model" + (builtInModel == null ? "" : " (" + builtInModel + ")"));
    }

    public void chooseModel(Path folder) {
        chosenModel.set(folder);
    }

    public void useBuiltInModel() {
        chosenModel.set(null);
    }

    public void save() {
        error.set("");
        notice.set("");
        busy.set(true);
        Path model = chosenModel.get();
        RepChannel rep = repChannel.get();
        var names = Arrays.stream(competitors.get().split("\n")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        String trackerText = trackers.get();
        tasks.run("Saving call settings", p -> {
            settings.save(model, rep, names, trackerText);
            return null;
        }, ok -> {
            busy.set(false);
            notice.set("Saved. New calls use these settings; calls already analysed keep their analysis.");
        }, e -> {
            busy.set(false);
            error.set(e.getMessage());
        });
    }

    public ReadOnlyStringProperty modelTextProperty() { return modelText.getReadOnlyProperty(); }
    public ObjectProperty<Path> chosenModelProperty() { return chosenModel; }
    public ObjectProperty<RepChannel> repChannelProperty() { return repChannel; }
    public StringProperty competitorsProperty() { return competitors; }
    public StringProperty trackersProperty() { return trackers; }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}
