package com.nexuscrm.ui.activity;

import atlantafx.base.theme.Styles;
import com.nexuscrm.domain.ActivityType;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One timeline row: the type's icon, the subject, when, then type · outcome · priority · state, then the
 * notes' first line (all of them in the tooltip). A done task is greyed; an overdue one shows its due time in red.
 */
class TimelineCell extends ListCell<TimelineItem> {
    private final TimelineViewModel model;
    private final FontIcon icon = new FontIcon();
    private final Label subject = new Label();
    private final Label when = new Label();
    private final Label details = new Label();
    private final Label preview = new Label();
    private final VBox text = new VBox(2, subject, details, preview);
    private final HBox row = new HBox(10, icon, text);

    TimelineCell(TimelineViewModel model, ListView<TimelineItem> list) {
        this.model = model;
        subject.getStyleClass().add(Styles.TEXT_BOLD);
        subject.setMaxWidth(Double.MAX_VALUE);
        when.getStyleClass().addAll(Styles.TEXT_SMALL);
        details.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        preview.getStyleClass().add(Styles.TEXT_SMALL);
        preview.setWrapText(true);
        text.getChildren().add(1, when);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        row.setAlignment(Pos.TOP_LEFT);
        // Wrapped notes need a width to wrap at: the list's, less its scroll bar and padding.
        row.prefWidthProperty().bind(list.widthProperty().subtract(36));
        row.setMaxWidth(Region.USE_PREF_SIZE);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(TimelineItem item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            setId(null);
            return;
        }
        setId("timeline-" + item.id());
        icon.setIconCode(icon(item));
        subject.setText(item.subject());
        subject.getStyleClass().remove(Styles.TEXT_MUTED);
        if (item.isTask() && item.done()) {
            subject.getStyleClass().add(Styles.TEXT_MUTED);
        }
        when.setText(item.when(model.formats()));
        when.getStyleClass().removeAll(Styles.DANGER, Styles.TEXT_MUTED);
        when.getStyleClass().add(item.overdue(model.now()) ? Styles.DANGER : Styles.TEXT_MUTED);
        details.setText(item.details());
        preview.setText(item.preview());
        preview.setVisible(!item.preview().isEmpty());
        preview.setManaged(!item.preview().isEmpty());
        String keys = item.isTask() ? (item.done() ? "Space: open the task again" : "Space: mark done") : "";
        String notes = item.body() == null ? "" : item.body().strip();
        String tip = (notes + (notes.isEmpty() || keys.isEmpty() ? "" : "\n\n") + keys);
        setTooltip(tip.isEmpty() ? null : new Tooltip(tip));
        setGraphic(row);
    }

    private static Ikon icon(TimelineItem item) {
        if (item.touch() != null) {
            return Feather.SEND;
        }
        ActivityType type = item.type() == null ? ActivityType.NOTE : item.type();
        return switch (type) {
            case CALL -> Feather.PHONE;
            case EMAIL -> Feather.MAIL;
            case MEETING -> Feather.USERS;
            case NOTE -> Feather.FILE_TEXT;
            case TASK -> item.done() ? Feather.CHECK_SQUARE : Feather.SQUARE;
        };
    }
}
