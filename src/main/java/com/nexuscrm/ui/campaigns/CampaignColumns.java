package com.nexuscrm.ui.campaigns;

import com.nexuscrm.ui.common.Formats;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The Campaigns screen's table columns: text, counts (sorted as numbers) and reply rates ("–" when nothing was sent);
 * and a table's selection kept with its model's.
 */
final class CampaignColumns {
    private CampaignColumns() { }

    /** The table's selected row and the model's, kept the same both ways (a cleared table selection is not copied). */
    static <S> void bindSelection(TableView<S> table, ObjectProperty<S> selected) {
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                selected.set(now);
            }
        });
        selected.addListener((o, was, now) -> {
            if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
    }

    static <S> TableColumn<S, String> text(String title, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    static <S> TableColumn<S, Integer> count(String title, Function<S, Integer> value, Formats formats, double width) {
        return right(title, value, v -> formats.count(v), width);
    }

    static <S> TableColumn<S, Double> rate(String title, Function<S, Double> value, Formats formats, double width) {
        return right(title, value, v -> CampaignTexts.rate(formats, v), width);
    }

    private static <S, T extends Comparable<T>> TableColumn<S, T> right(String title, Function<S, T> value,
                                                                       Function<T, String> text, double width) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(width); // numbers and their titles are never cut
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? CampaignTexts.NO_RATE : text.apply(item));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        return column;
    }
}
