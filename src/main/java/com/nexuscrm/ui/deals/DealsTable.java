package com.nexuscrm.ui.deals;

import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.TableFit;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * The List view: the same filtered deals as the board, one row each, sorted by any column (amounts, dates and
 * scores sort as values, not as text), with what each deal's last analysed call found.
 */
final class DealsTable {
    private DealsTable() { }

    static void bind(DealsViewModel model, TableView<DealLine> table) {
        SortedList<DealLine> sorted = new SortedList<>(model.visibleDeals());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Formats f = model.formats();
        TableColumn<DealLine, Instant> lastCall = shown("Last call", DealLine::lastCallAt, d -> f.day(d.lastCallAt()), 95);
        TableColumn<DealLine, String> signals = text("Buying signals", DealLine::signals, 110);
        lastCall.setVisible(false); // the ⋮ menu at the right of the header shows them
        signals.setVisible(false);
        table.getColumns().setAll(List.of(text("Deal", DealLine::name, 170), text("Account", DealLine::account, 120),
                text("Stage", DealLine::stageLabel, 100),
                shown("Amount", DealLine::amount, model::money, 95),
                shown("Close date", DealLine::closeDate, d -> f.day(d.closeDate()), 100),
                text("Owner", DealLine::owner, 110), text("Forecast", d -> d.forecast().label(), 85),
                shown("Win", DealLine::winProbability, DealLine::winText, 55),
                shown("Health", DealLine::health, DealLine::healthText, 70), lastCall,
                shown("Sentiment", DealLine::sentiment, DealLine::sentimentText, 85),
                text("Objections", DealLine::objections, 110), text("Competitors", DealLine::competitors, 105),
                signals));
        table.setTableMenuButtonVisible(true);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, line) -> {
            if (line != null) {
                model.selectedProperty().set(line.id());
            }
        });
        model.revealRequestProperty().addListener((o, was, id) -> reveal(table, id));
        TableFit.fit(table);
    }

    private static void reveal(TableView<DealLine> table, UUID id) {
        int at = -1;
        for (int i = 0; id != null && i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id().equals(id)) {
                at = i;
                break;
            }
        }
        if (at >= 0) {
            table.getSelectionModel().clearAndSelect(at);
            int row = at;
            Platform.runLater(() -> table.scrollTo(Math.max(0, row - 3))); // once the new rows are laid out
        }
    }

    /** A text column whose full value shows as a tooltip (lists can be long). */
    private static TableColumn<DealLine, String> text(String title, Function<DealLine, String> value, double width) {
        return shown(title, value, value, width);
    }

    /** A column that sorts by the value and shows it as text; empty values sort last. */
    private static <T extends Comparable<? super T>> TableColumn<DealLine, T> shown(
            String title, Function<DealLine, T> value, Function<DealLine, String> text, double width) {
        TableColumn<DealLine, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        column.setPrefWidth(width);
        // short values (stage, amounts, dates, scores) keep their width; names and call findings give way first
        column.setMinWidth(width <= 100 ? width : Math.round(width * 0.6));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                DealLine line = empty || getTableRow() == null ? null : getTableRow().getItem();
                String shownText = line == null ? null : text.apply(line);
                setText(shownText);
                setTooltip(shownText == null || shownText.length() < 12 ? null : new Tooltip(shownText));
                getStyleClass().removeAll("sentiment-positive", "sentiment-negative", "warning");
                if (line != null && "Sentiment".equals(title) && line.sentiment() != null && line.sentiment() != 0) {
                    getStyleClass().add(line.sentiment() > 0 ? "sentiment-positive" : "sentiment-negative");
                }
            }
        });
        return column;
    }
}
