package com.nexuscrm.ui.deals;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;

/**
 * A table cell that is always a text field, bound both ways to one property of its row: typing edits the row at
 * once (no Enter to commit, nothing lost when the user clicks elsewhere). Rebound as cells are reused.
 */
final class BoundTextCell<S> extends TableCell<S, S> {
    private final Function<S, StringProperty> value;
    private final TextField field = new TextField();
    private StringProperty bound;

    BoundTextCell(Function<S, StringProperty> value, String styleClass) {
        this.value = value;
        field.getStyleClass().addAll(styleClass, Styles.SMALL);
    }

    @Override
    protected void updateItem(S row, boolean empty) {
        super.updateItem(row, empty);
        if (bound != null) {
            field.textProperty().unbindBidirectional(bound);
            bound = null;
        }
        if (!empty && row != null) {
            bound = value.apply(row);
            field.textProperty().bindBidirectional(bound);
        }
        setGraphic(empty || row == null ? null : field);
    }
}
