package com.nexuscrm.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The shell's status bar, built in code like the rest of the frame ({@link ShellView}): the open workspace and
 * sync status on the left; the running task's message, progress and Cancel on the right while one runs.
 */
final class StatusBar {
    private StatusBar() { }

    static HBox of(ShellViewModel model) {
        Label workspace = new Label();
        workspace.getStyleClass().add(Styles.TEXT_SMALL);
        workspace.textProperty().bind(model.workspaceLabelProperty());
        Button sync = SyncIndicator.statusButton(model);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var tasks = model.tasks();
        Label message = new Label();
        message.getStyleClass().add(Styles.TEXT_SMALL);
        message.textProperty().bind(tasks.messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(160);
        progress.progressProperty().bind(tasks.progressProperty());
        progress.visibleProperty().bind(tasks.busyProperty());
        progress.managedProperty().bind(tasks.busyProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-task");
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.visibleProperty().bind(tasks.busyProperty());
        cancel.managedProperty().bind(tasks.busyProperty());
        cancel.setFocusTraversable(false);
        cancel.setOnAction(e -> tasks.cancelAll());
        HBox bar = new HBox(12, workspace, sync, spacer, message, progress, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 12, 4, 12));
        return bar;
    }
}
