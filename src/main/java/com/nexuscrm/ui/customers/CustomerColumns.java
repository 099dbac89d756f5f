package com.nexuscrm.ui.customers;

import com.nexuscrm.domain.DealSummary;
import com.nexuscrm.ui.common.Formats;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * Columns of the customers tables: each shows a value as text with the full text in a tooltip (a narrow column
 * never hides what it cuts), sorts by the value itself (amounts as numbers, not as text), and gives a little
 * width before the table outgrows the window.
 */
final class CustomerColumns {
    private CustomerColumns() { }

    static <R, T extends Comparable<? super T>> TableColumn<R, T> column(String title, Function<R, T> value,
                                                                       Function<T, String> text, double width) {
        return column(title, value, text, text, width);
    }

    /** A column whose tooltip says more than the cell ({@code tip}: e.g. the full amount of a shortened one). */
    static <R, T extends Comparable<? super T>> TableColumn<R, T> column(String title, Function<R, T> value,
            Function<T, String> text, Function<T, String> tip, double width) {
        TableColumn<R, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                String shown = empty || item == null ? null : text.apply(item);
                setText(shown);
                setTooltip(shown == null || shown.isEmpty() ? null : new Tooltip(tip.apply(item)));
            }
        });
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        column.setPrefWidth(width);
        column.setMinWidth(Math.round(width * 0.6));
        return column;
    }

    static <R> TableColumn<R, String> text(String title, Function<R, String> value, double width) {
        TableColumn<R, String> column = column(title, value, s -> s, width);
        column.setComparator(Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
        return column;
    }

    /**
     * Amounts without a currency of their own (an account's revenue), in the workspace currency as the cell is
     * drawn ({@code currency}: the team's setting as last read, never a store read).
     */
    static <R> TableColumn<R, BigDecimal> money(String title, Function<R, BigDecimal> value, Supplier<String> currency,
                                                double width) {
        TableColumn<R, BigDecimal> column = column(title, value, v -> Formats.user().shortMoney(currency.get(), v),
                v -> Formats.user().money(currency.get(), v), width);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setMinWidth(width); // a short amount is never cut: "US$567.7M"; the tooltip has it in full
        return column;
    }

    static <R> TableColumn<R, Integer> count(String title, Function<R, Integer> value, double width) {
        TableColumn<R, Integer> column = column(title, value, v -> Formats.user().count(v), width);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    /** A related list of deals: name, stage, amount in its own currency, close date. */
    static void deals(TableView<DealSummary> table) {
        // Sorted by the number; drawn with the deal's own currency, which the cell reads from its row.
        TableColumn<DealSummary, BigDecimal> byAmount = column("Amount", DealSummary::amount, v -> "", 100);
        byAmount.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal item, boolean empty) {
                super.updateItem(item, empty);
                DealSummary deal = empty || getTableRow() == null ? null : getTableRow().getItem();
                String shown = deal == null ? null : Formats.user().money(deal.currency(), deal.amount());
                setText(shown);
                setTooltip(shown == null ? null : new Tooltip(shown));
            }
        });
        byAmount.setStyle("-fx-alignment: CENTER-RIGHT;");
        byAmount.setMinWidth(105);
        TableColumn<DealSummary, String> stage = text("Stage", d -> d.stage() == null ? null : d.stage().label(), 92);
        stage.setMinWidth(92);
        TableColumn<DealSummary, java.time.LocalDate> close = column("Close date", DealSummary::closeDate,
                d -> Formats.user().day(d), 112);
        close.setMinWidth(112);
        table.getColumns().setAll(List.of(text("Deal", DealSummary::name, 120), stage, byAmount, close));
    }

    /** Double-click or Enter on a row of {@code table} hands the row to {@code open}. */
    static <R> void openOnActivate(TableView<R> table, java.util.function.Consumer<R> open) {
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
    }
}
