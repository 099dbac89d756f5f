package com.nexuscrm.ui.common;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * A table whose columns share the table's width (no empty strip to the right, no column pushed out of sight) and
 * whose plain text cells show their full text in a tooltip when it is cut short.
 */
public final class TableFit {
    private TableFit() { }

    /** Shares the width; columns that draw plain text (no cell factory of their own yet) get tooltips. */
    public static <S> void fit(TableView<S> table) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        for (TableColumn<S, ?> column : table.getColumns()) {
            if ((Object) column.getCellFactory() == TableColumn.DEFAULT_CELL_FACTORY) {
                withTooltip(column);
            }
        }
    }

    private static <S, T> void withTooltip(TableColumn<S, T> column) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                String text = empty || item == null ? null : item.toString();
                setText(text);
                setTooltip(text == null || text.isBlank() ? null : new Tooltip(text));
            }
        });
    }
}
