package com.nexuscrm.ui.shell;

import com.nexuscrm.ui.common.ViewLoader;
import java.util.EnumMap;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Sidebar, content area and status bar. Section views are loaded the first time they are shown. */
public final class ShellView {
    private static final Map<Section, Feather> ICONS = new EnumMap<>(Map.of(
            Section.TODAY, Feather.SUN, Section.LEADS, Feather.INBOX, Section.DEALS, Feather.TRENDING_UP,
            Section.CALLS, Feather.PHONE_CALL, Section.CAMPAIGNS, Feather.SEND, Section.CUSTOMERS, Feather.BRIEFCASE,
            Section.TEAM, Feather.USERS, Section.SETTINGS, Feather.SETTINGS));

    private final ShellViewModel model;
    private final ViewLoader views;
    private final Map<Section, Parent> loaded = new EnumMap<>(Section.class);
    private final ToggleGroup navigation = new ToggleGroup();
    @FXML private VBox sidebar;
    @FXML private StackPane content;
    @FXML private Label workspaceLabel;
    @FXML private Label syncStatus;
    @FXML private Label taskMessage;
    @FXML private ProgressBar taskProgress;
    @FXML private Button cancelTask;

    public ShellView(ShellViewModel model, ViewLoader views) {
        this.model = model;
        this.views = views;
    }

    @FXML
    private void initialize() {
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton(section.label(), new FontIcon(ICONS.get(section)));
            button.setId("nav-" + section.name().toLowerCase());
            button.getStyleClass().add("nav-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(navigation);
            button.setUserData(section);
            button.disableProperty().bind(model.workspaceOpenProperty().not());
            sidebar.getChildren().add(button);
        }
        navigation.selectedToggleProperty().addListener((o, old, toggle) -> {
            if (toggle == null) {
                old.setSelected(true); // keep one section selected
            } else {
                model.sectionProperty().set((Section) toggle.getUserData());
            }
        });
        model.sectionProperty().addListener((o, old, section) -> show(section));
        workspaceLabel.textProperty().bind(model.workspaceLabelProperty());
        syncStatus.textProperty().bind(model.syncStatusProperty());
        bindTasks();
        content.getChildren().setAll(views.load("WorkspaceGateView"));
    }

    private void bindTasks() {
        var tasks = model.tasks();
        taskMessage.textProperty().bind(tasks.messageProperty());
        taskProgress.progressProperty().bind(tasks.progressProperty());
        taskProgress.visibleProperty().bind(tasks.busyProperty());
        cancelTask.visibleProperty().bind(tasks.busyProperty());
        cancelTask.setOnAction(e -> tasks.cancelAll());
    }

    private void show(Section section) {
        navigation.getToggles().stream().filter(t -> t.getUserData() == section).findFirst()
                .ifPresent(t -> t.setSelected(true));
        Parent view = loaded.computeIfAbsent(section, s -> views.load(s.view(), s));
        content.getChildren().setAll(view);
    }
}
