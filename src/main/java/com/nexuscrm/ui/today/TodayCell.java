package com.nexuscrm.ui.today;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A Today row: a section header with its count, a thing to do (what, then why) with "Done" on tasks, or an empty section's sentence. */
final class TodayCell extends ListCell<TodayRow> {
    private final Label title = new Label();
    private final Label reason = new Label();
    private final Button done = new Button("Done", new FontIcon(Feather.CHECK));
    private final HBox box;
    private TodayRow row;

    TodayCell(Consumer<TodayRow> complete) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        title.setMinWidth(120);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.SOMETIMES);
        reason.setMinWidth(Region.USE_PREF_SIZE);
        done.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        done.setFocusTraversable(false);
        done.setOnAction(e -> complete.accept(row));
        box = new HBox(12, title, gap, reason, done);
        box.setAlignment(Pos.CENTER_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(TodayRow item, boolean empty) {
        super.updateItem(item, empty);
        row = empty ? null : item;
        getStyleClass().removeAll("today-header", "today-empty", "today-urgent");
        if (row == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        title.setText(row.title());
        reason.setText(row.reason());
        title.getStyleClass().removeAll(Styles.TEXT_BOLD, Styles.TEXT_MUTED, Styles.TITLE_4);
        reason.getStyleClass().removeAll(Styles.TEXT_MUTED, Styles.DANGER, Styles.TEXT_BOLD);
        switch (row.kind()) {
            case HEADER -> {
                getStyleClass().add("today-header");
                title.getStyleClass().add(Styles.TEXT_BOLD);
                reason.getStyleClass().add(Styles.TEXT_MUTED);
            }
            case EMPTY -> {
                getStyleClass().add("today-empty");
                title.getStyleClass().add(Styles.TEXT_MUTED);
            }
            case ITEM -> reason.getStyleClass().add(row.urgent() ? Styles.DANGER : Styles.TEXT_MUTED);
        }
        done.setVisible(row.isTask());
        done.setManaged(row.isTask());
        setTooltip(row.kind() == TodayRow.Kind.ITEM ? new Tooltip(row.title() + "\n" + row.reason()) : null);
        setGraphic(box);
    }
}
