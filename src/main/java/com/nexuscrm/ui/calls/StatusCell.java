package com.nexuscrm.ui.calls;

import atlantafx.base.theme.Styles;
import com.nexuscrm.domain.call.CallRow;
import com.nexuscrm.domain.call.CallStatus;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** A call's job status: a progress bar while transcribing, the reason as a tooltip when it failed or has warnings. */
final class StatusCell extends TableCell<CallItem, CallRow> {
    private final Label label = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final HBox box = new HBox(6, label, bar);

    StatusCell() {
        bar.setPrefWidth(70);
        bar.managedProperty().bind(bar.visibleProperty());
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(CallRow row, boolean empty) {
        super.updateItem(row, empty);
        bar.progressProperty().unbind();
        if (empty || row == null || getTableRow() == null || getTableRow().getItem() == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        label.setText(row.status().label());
        label.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING);
        if (row.status() == CallStatus.FAILED) {
            label.getStyleClass().add(Styles.DANGER);
        } else if (row.statusDetail() != null) {
            label.getStyleClass().add(Styles.WARNING);
        }
        bar.setVisible(row.status() == CallStatus.TRANSCRIBING);
        bar.progressProperty().bind(getTableRow().getItem().progressProperty());
        setTooltip(row.statusDetail() == null ? null : wrapped(row.statusDetail()));
        setGraphic(box);
    }

    private static Tooltip wrapped(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        return tip;
    }
}
