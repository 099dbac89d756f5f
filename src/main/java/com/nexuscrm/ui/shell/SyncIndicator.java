package com.nexuscrm.ui.shell;

import atlantafx.base.theme.Styles;
import com.nexuscrm.sync.SyncStatus;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The status bar's sync state (a coloured icon and a line) and the Sync inbox's conflict badge. */
final class SyncIndicator {
    private static final Map<SyncStatus.State, Feather> ICONS = Map.of(
            SyncStatus.State.NOT_CONNECTED, Feather.HARD_DRIVE, SyncStatus.State.SYNCED, Feather.CHECK_CIRCLE,
            SyncStatus.State.PENDING, Feather.UPLOAD_CLOUD, SyncStatus.State.SYNCING, Feather.REFRESH_CW,
            SyncStatus.State.OFFLINE, Feather.CLOUD_OFF, SyncStatus.State.ERROR, Feather.ALERT_TRIANGLE);

    private SyncIndicator() { }

    /** A flat button: clicking it opens the Sync inbox or Settings → Team server. */
    static Button statusButton(ShellViewModel model) {
        FontIcon icon = new FontIcon();
        Button button = new Button(null, icon);
        button.setId("sync-status");
        button.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "sync-status");
        button.setContentDisplay(ContentDisplay.LEFT);
        button.setFocusTraversable(false);
        button.textProperty().bind(model.syncStatusProperty());
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(model.syncDetailsProperty());
        button.setTooltip(tooltip);
        button.setOnAction(e -> model.openSyncDetails());
        button.visibleProperty().bind(model.workspaceOpenProperty());
        show(icon, model.syncStateProperty().get());
        model.syncStateProperty().addListener((o, old, state) -> show(icon, state));
        return button;
    }

    private static void show(FontIcon icon, SyncStatus.State state) {
        icon.setIconCode(ICONS.get(state));
        icon.getStyleClass().removeIf(c -> c.startsWith("sync-"));
        icon.getStyleClass().add("sync-" + state.name().toLowerCase().replace('_', '-'));
    }

    /** The count of open conflicts beside the Sync inbox entry; hidden at zero. */
    static Label conflictBadge(ShellViewModel model) {
        Label badge = new Label();
        badge.setId("sync-badge");
        badge.getStyleClass().add("nav-badge");
        badge.textProperty().bind(model.conflictsProperty().asString());
        badge.visibleProperty().bind(model.conflictsProperty().greaterThan(0));
        return badge;
    }
}
