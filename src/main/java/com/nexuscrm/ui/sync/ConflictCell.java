package com.nexuscrm.ui.sync;

import atlantafx.base.theme.Styles;
import com.nexuscrm.sync.ConflictItem;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One conflict: which record and field, the three values side by side, and the three ways to decide. */
final class ConflictCell extends ListCell<ConflictItem> {
    private final Label heading = new Label();
    private final Label origin = new Label();
    private final Label base = value("conflict-base");
    private final Label theirs = value("conflict-theirs");
    private final Label mine = value("conflict-mine");
    private final VBox box;
    private final SyncStatusText text;

    ConflictCell(SyncInboxViewModel model, SyncStatusText text) {
        this.text = text;
        heading.getStyleClass().add(Styles.TITLE_4);
        origin.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        GridPane values = new GridPane();
        values.setHgap(16);
        values.setVgap(2);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / 3);
            values.getColumnConstraints().add(column);
        }
        values.addRow(0, caption("Base (before both edits)"), caption("Theirs (kept for now)"), caption("Mine"));
        values.addRow(1, base, theirs, mine);
        Button keepTheirs = button("Keep theirs", "keep-theirs", () -> model.keepTheirs(getItem()));
        Button useMine = button("Use mine", "use-mine", () -> model.useMine(getItem()));
        Button edit = button("Edit…", "edit-value", () -> model.edit(getItem()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, spacer, keepTheirs, useMine, edit);
        actions.setAlignment(Pos.CENTER_RIGHT);
        box = new VBox(6, heading, origin, values, actions);
        box.getStyleClass().add("conflict-row");
        setPrefWidth(0); // let the list's width, not the text, decide the row's width
    }

    @Override
    protected void updateItem(ConflictItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        heading.setText(item.recordTitle() + "  ·  " + SyncInboxViewModel.fieldLabel(item.field()));
        origin.setText(item.entity() + (item.byUser() == null ? "" : "  ·  raised by " + item.byUser() + "'s change")
                + (item.createdAt() == null ? "" : "  ·  " + text.when(item.createdAt())));
        base.setText(SyncInboxViewModel.shown(item.base()));
        theirs.setText(SyncInboxViewModel.shown(item.theirs()));
        mine.setText(SyncInboxViewModel.shown(item.mine()));
        setGraphic(box);
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return label;
    }

    private static Label value(String id) {
        Label label = new Label();
        label.getStyleClass().add(id);
        label.setWrapText(true);
        return label;
    }

    private static Button button(String text, String styleClass, Runnable action) {
        Button button = new Button(text);
        button.getStyleClass().addAll(Styles.SMALL, styleClass);
        button.setOnAction(e -> action.run());
        return button;
    }
}
