package com.nexuscrm.ui.deals;

import com.nexuscrm.domain.DealLineItem;
import com.nexuscrm.domain.FieldError;
import com.nexuscrm.ui.common.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * A deal's products as an editable list: rows are added, edited and removed in memory, each checked as it is typed,
 * and the deal's amount is their sum. Nothing is stored until the deal is saved (with its line items, in one change
 * set); a deal without rows keeps the amount typed on it.
 */
public final class DealLineItemsViewModel {
    private final Formats formats;
    /**
     * No extractor: an "updated" change makes the table rebuild its cells, which took the text field being typed
     * in away (keystrokes were lost); each row's total and problem are listened to instead.
     */
    private final ObservableList<DealLineRow> rows = FXCollections.observableArrayList();
    private final InvalidationListener rowChanged = o -> recount();
    private final ReadOnlyObjectWrapper<BigDecimal> sum = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper sumText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasRows = new ReadOnlyBooleanWrapper(false);
    private List<List<String>> pristine = List.of();
    private List<DealLineItem> shown = List.of();
    private String currency;

    public DealLineItemsViewModel(Formats formats) {
        this.formats = formats;
        rows.addListener((ListChangeListener<DealLineRow>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(r -> follow(r, false));
                c.getAddedSubList().forEach(r -> follow(r, true));
            }
            recount();
        });
    }

    private void follow(DealLineRow row, boolean on) {
        for (Observable value : new Observable[] {row.totalProperty(), row.problemProperty(), row.productProperty()}) {
            value.removeListener(rowChanged);
            if (on) {
                value.addListener(rowChanged);
            }
        }
    }

    /** Shows the deal's stored items; amounts are written in {@code dealCurrency}. */
    void show(List<DealLineItem> items, String dealCurrency) {
        currency = dealCurrency;
        shown = List.copyOf(items);
        rows.setAll(items.stream().map(DealLineRow::new).toList());
        pristine = values();
        recount();
    }

    /** Adds an empty row at the end (quantity 1) and returns it, for the view to start editing. */
    public DealLineRow add() {
        DealLineRow row = new DealLineRow(new DealLineItem());
        rows.add(row);
        return row;
    }

    public void remove(DealLineRow row) {
        rows.remove(row);
    }

    /** Puts the rows back as they were shown. */
    void discard() {
        show(shown, currency);
    }

    boolean isDirty() {
        return !values().equals(pristine);
    }

    /**
     * The items to save, or null when a row is wrong: then {@code found} gets one error per wrong row, named
     * "lineItems" and saying which row and what to correct.
     */
    List<DealLineItem> items(List<FieldError> found) {
        List<String> wrong = wrongRows();
        if (!wrong.isEmpty()) {
            found.add(new FieldError("lineItems", String.join("\n", wrong)));
            return null;
        }
        return rows.stream().map(DealLineRow::toItem).toList();
    }

    private List<String> wrongRows() {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String problem = rows.get(i).problemProperty().get();
            if (!problem.isEmpty()) {
                wrong.add(rows.get(i).label(i) + ": " + problem + ".");
            }
        }
        return wrong;
    }

    private void recount() {
        hasRows.set(!rows.isEmpty());
        problems.set(String.join("\n", wrongRows()));
        boolean valid = rows.stream().map(DealLineRow::totalProperty).map(ReadOnlyObjectProperty::get).allMatch(Objects::nonNull);
        BigDecimal total = rows.stream().map(r -> r.totalProperty().get()).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        sum.set(rows.isEmpty() ? null : total);
        sumText.set(rows.isEmpty() ? "No products: the amount is typed on Details."
                : "Total " + money(total) + (valid ? "" : " (rows with errors count as 0)"));
    }

    private List<List<String>> values() {
        return rows.stream().map(DealLineRow::values).toList();
    }

    /** A line total as the table shows it, in the deal's currency (with cents when it has them). */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        if (amount.stripTrailingZeros().scale() <= 0) {
            return formats.money(currency, amount);
        }
        try { // the locale's currency format, with the cents a discount leaves ("US$3,333.15" in the UK)
            java.text.NumberFormat cents = java.text.NumberFormat.getCurrencyInstance(formats.locale());
            cents.setCurrency(java.util.Currency.getInstance(currency));
            cents.setMinimumFractionDigits(2);
            cents.setMaximumFractionDigits(2);
            return cents.format(amount);
        } catch (RuntimeException unknownCurrency) {
            return (currency == null ? "" : currency + " ") + formats.number(amount, 2);
        }
    }

    public ObservableList<DealLineRow> rows() { return rows; }
    /** The rows' sum; null while there are no rows. */
    public ReadOnlyObjectProperty<BigDecimal> sumProperty() { return sum.getReadOnlyProperty(); }
    public ReadOnlyStringProperty sumTextProperty() { return sumText.getReadOnlyProperty(); }
    /** One line per wrong row ("Row 2 (Seats): quantity must be ..."); empty when every row is valid. */
    public ReadOnlyStringProperty problemsProperty() { return problems.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasRowsProperty() { return hasRows.getReadOnlyProperty(); }
}
