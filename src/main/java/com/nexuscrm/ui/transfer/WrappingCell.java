package com.nexuscrm.ui.transfer;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;

/**
 * A table cell whose long text wraps onto more lines of its row rather than ending in "…": a {@link Text} wrapped at
 * the column's width gives the row its height (a wrapping Label would be measured on one line). It takes the cell's
 * font and colour, so it follows the theme and the selected row.
 */
final class WrappingCell<S> extends TableCell<S, String> {
    private final Text text = new Text();

    WrappingCell() {
        text.fontProperty().bind(fontProperty());
        text.fillProperty().bind(textFillProperty());
        tableColumnProperty().addListener((o, was, column) -> {
            if (column != null) {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(16));
            }
        });
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(String value, boolean empty) {
        super.updateItem(value, empty);
        text.setText(empty ? null : value);
        setGraphic(empty ? null : text);
    }
}
