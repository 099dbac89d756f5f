package com.nexuscrm.ui.deals;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** A narrow last column with a ✕ button per row that takes the row out (products, buying group). */
final class RemoveColumn {
    private RemoveColumn() { }

    static <S> TableColumn<S, S> of(String tooltip, String styleClass, Consumer<S> remove) {
        TableColumn<S, S> column = new TableColumn<>("");
        column.setPrefWidth(40);
        column.setMinWidth(40);
        column.setMaxWidth(40);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Button button = new Button("✕");

            {
                button.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, styleClass);
                button.setTooltip(new Tooltip(tooltip));
                button.setOnAction(e -> remove.accept(getItem()));
            }

            @Override
            protected void updateItem(S row, boolean empty) {
                super.updateItem(row, empty);
                setGraphic(empty || row == null ? null : button);
            }
        });
        return column;
    }
}
