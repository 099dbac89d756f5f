package com.nexuscrm.ui.shell;

import com.nexuscrm.ui.common.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The workstation frame: which section shows, whether a workspace is open, and the status bar. */
public final class ShellViewModel {
    private final TaskExecutor tasks;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>();
    private final BooleanProperty workspaceOpen = new SimpleBooleanProperty(false);
    private final StringProperty workspaceLabel = new SimpleStringProperty("No workspace open");
    private final StringProperty syncStatus = new SimpleStringProperty("");

    public ShellViewModel(TaskExecutor tasks) {
        this.tasks = tasks;
    }

    /** Called once the workspace is unlocked: enables the sidebar and shows the inbox. */
    public void workspaceOpened(String label, long pendingChanges) {
        workspaceLabel.set(label);
        showPending(pendingChanges);
        workspaceOpen.set(true);
        section.set(Section.LEADS);
    }

    public void showPending(long pendingChanges) {
        syncStatus.set(pendingChanges == 0 ? "Local workspace: no changes waiting"
                : String.format("Local workspace: %,d %s waiting to sync", pendingChanges,
                        pendingChanges == 1 ? "change" : "changes"));
    }

    public TaskExecutor tasks() { return tasks; }
    public ObjectProperty<Section> sectionProperty() { return section; }
    public BooleanProperty workspaceOpenProperty() { return workspaceOpen; }
    public StringProperty workspaceLabelProperty() { return workspaceLabel; }
    public StringProperty syncStatusProperty() { return syncStatus; }
}
