package com.nexuscrm.ui.deals;

import atlantafx.base.theme.Styles;
import com.nexuscrm.ui.deals.DealHistoryRow.Column;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The deal's History tab: time in each stage, then every change newest first with the changed values in bold. */
final class DealHistoryView extends VBox {

    DealHistoryView(DealHistoryViewModel model) {
        setSpacing(8);
        setPadding(new Insets(10, 4, 8, 0));
        Label stays = new Label();
        stays.setId("deal-stage-times");
        stays.setWrapText(true);
        stays.textProperty().bind(model.stageTimesProperty());
        TableView<DealHistoryRow> table = new TableView<>(model.rows());
        table.setId("deal-history");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY); // a narrow pane scrolls sideways, never cuts a column off
        table.setPlaceholder(new Label("No changes recorded yet."));
        table.getColumns().setAll(List.of(column("When", DealHistoryRow::when, null, 175),
                column("Who", DealHistoryRow::who, null, 130), column("Stage", DealHistoryRow::stage, Column.STAGE, 110),
                column("Amount", DealHistoryRow::amount, Column.AMOUNT, 95),
                column("Closes", DealHistoryRow::closeDate, Column.CLOSE_DATE, 110),
                column("Forecast", DealHistoryRow::forecast, Column.FORECAST, 95)));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(stays, table);
    }

    /** A text column; with {@code marks}, a value that changed in its entry is in bold accent colour. */
    private static TableColumn<DealHistoryRow, DealHistoryRow> column(String title, Function<DealHistoryRow, String> value,
                                                                     Column marks, double width) {
        TableColumn<DealHistoryRow, DealHistoryRow> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(width); // readable; a pane narrower than the columns scrolls sideways
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(DealHistoryRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : value.apply(row));
                setTooltip(empty || row == null ? null : new javafx.scene.control.Tooltip(value.apply(row)));
                getStyleClass().removeAll(Styles.TEXT_BOLD, Styles.ACCENT, "history-changed");
                if (!empty && row != null && marks != null && row.changed(marks)) {
                    getStyleClass().addAll(Styles.TEXT_BOLD, Styles.ACCENT, "history-changed");
                }
            }
        });
        return column;
    }
}
