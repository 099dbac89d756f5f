package com.nexuscrm.ui.shell;

import atlantafx.base.theme.Styles;
import com.nexuscrm.ui.workspace.WorkspaceGateView;
import com.nexuscrm.ui.common.ViewLoader;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Sidebar, content area and status bar. Unlike the other views the frame is built in code, not FXML:
 * it is all of the first frame, and FXMLLoader's cold start alone cost a quarter of the startup budget.
 * Section views (FXML) are loaded the first time they are shown, after the first frame.
 */
public final class ShellView {
    private static final Map<Section, Feather> ICONS = new EnumMap<>(Map.of(
            Section.TODAY, Feather.SUN, Section.LEADS, Feather.INBOX, Section.DEALS, Feather.TRENDING_UP,
            Section.FORECAST, Feather.BAR_CHART_2,
            Section.CALLS, Feather.PHONE_CALL, Section.CAMPAIGNS, Feather.SEND, Section.CUSTOMERS, Feather.BRIEFCASE,
            Section.TEAM, Feather.USERS, Section.SYNC, Feather.GIT_MERGE, Section.SETTINGS, Feather.SETTINGS));

    private final ShellViewModel model;
    private final ViewLoader views;
    private final Map<Section, Parent> loaded = new EnumMap<>(Section.class);
    private final ToggleGroup navigation = new ToggleGroup();
    private final StackPane content = new StackPane();
    private final BorderPane root = new BorderPane();

    public ShellView(ShellViewModel model, ViewLoader views) {
        this.model = model;
        this.views = views;
        root.getStyleClass().add("shell");
        root.setPrefSize(1280, 800);
        root.setLeft(sidebar());
        content.getStyleClass().add("content");
        root.setCenter(content);
        root.setBottom(StatusBar.of(model));
        model.sectionProperty().addListener((o, old, section) -> show(section));
        // The screen on show stays until the user moves on; every screen is rebuilt when next shown.
        model.screensProperty().addListener((o, old, now) -> loaded.clear());
    }

    public Parent root() {
        return root;
    }

    /** Shows the first-run or unlock screen; called once the window is on screen. */
    public void showGate() {
        if (content.getChildren().isEmpty()) {
            content.getChildren().setAll(views.load(WorkspaceGateView.SCREEN));
        }
    }

    private VBox sidebar() {
        Label title = new Label("NexusCRM");
        title.getStyleClass().addAll(Styles.TITLE_3, "app-title");
        Label subtitle = new Label("Sales workstation");
        subtitle.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox sidebar = new VBox(4, title, subtitle, new Separator());
        sidebar.getStyleClass().add("sidebar");
        sidebar.setPadding(new Insets(16, 10, 16, 10));
        sidebar.setPrefWidth(190);
        for (Section section : Section.values()) {
            sidebar.getChildren().add(navButton(section));
        }
        navigation.selectedToggleProperty().addListener((o, old, toggle) -> {
            if (toggle == null) {
                old.setSelected(true); // keep one section selected
            } else {
                model.navigate((Section) toggle.getUserData(), () -> Platform.runLater(() -> old.setSelected(true)));
            }
        });
        return sidebar;
    }

    private ToggleButton navButton(Section section) {
        ToggleButton button = new ToggleButton(section.label(), new FontIcon(ICONS.get(section)));
        button.setId("nav-" + section.name().toLowerCase());
        button.getStyleClass().add("nav-button");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setToggleGroup(navigation);
        button.setUserData(section);
        button.disableProperty().bind(model.workspaceOpenProperty().not());
        if (section == Section.SYNC) {
            button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            Label text = new Label(section.label());
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox graphic = new HBox(10, button.getGraphic(), text, gap, SyncIndicator.conflictBadge(model));
            graphic.setAlignment(Pos.CENTER_LEFT);
            graphic.prefWidthProperty().bind(button.widthProperty().subtract(20));
            button.setGraphic(graphic);
        }
        return button;
    }

    private void show(Section section) {
        navigation.getToggles().stream().filter(t -> t.getUserData() == section).findFirst()
                .ifPresent(t -> t.setSelected(true));
        Parent view = loaded.computeIfAbsent(section, s -> views.load(s.screen(), s));
        content.getChildren().setAll(view);
    }
}
