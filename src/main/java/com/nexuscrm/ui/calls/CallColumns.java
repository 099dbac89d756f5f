package com.nexuscrm.ui.calls;

import com.nexuscrm.domain.call.CallRow;
import com.nexuscrm.ui.common.Formats;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.TableColumn;

/** The calls table's columns; each cell follows its item's row as jobs move on. */
final class CallColumns {
    private CallColumns() {
    }

    static List<TableColumn<CallItem, ?>> all() {
        return List.of(
                column("Date", r -> Formats.user().dayTime(r.callAt()), 150),
                column("Subject", CallRow::subject, 180), column("Rep", CallRow::repName, 130),
                column("Deal", CallRow::dealName, 190),
                column("Duration", r -> CallsViewModel.duration(r.durationSeconds()), 80), status());
    }

    private static TableColumn<CallItem, String> column(String title, Function<CallRow, String> value, double width) {
        TableColumn<CallItem, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> Bindings.createStringBinding(() -> value.apply(c.getValue().row()),
                c.getValue().rowProperty()));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<CallItem, CallRow> status() {
        TableColumn<CallItem, CallRow> column = new TableColumn<>("Status");
        column.setCellValueFactory(c -> c.getValue().rowProperty());
        column.setCellFactory(c -> new StatusCell());
        column.setPrefWidth(190);
        return column;
    }
}
