package com.nexuscrm.ui.deals;

import com.nexuscrm.domain.DealLineItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One editable product row of a deal, as typed: product, quantity, unit price and discount. Every edit re-checks
 * the row, so its line total and what is wrong with it are always current. The stored item it came from is kept
 * (its sync version and id go back with the save); a new row starts from a fresh item.
 */
public final class DealLineRow {
    static final int MAX_QUANTITY = 1_000_000;

    private final DealLineItem source;
    private final StringProperty product = new SimpleStringProperty("");
    private final StringProperty quantity = new SimpleStringProperty("1");
    private final StringProperty unitPrice = new SimpleStringProperty("");
    private final StringProperty discount = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<BigDecimal> total = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    DealLineRow(DealLineItem source) {
        this.source = source;
        product.set(text(source.getProduct()));
        quantity.set(source.getQuantity() == 0 ? "1" : Integer.toString(source.getQuantity()));
        unitPrice.set(text(source.getUnitPrice()));
        discount.set(text(source.getDiscountPercent()));
        for (StringProperty p : List.of(product, quantity, unitPrice, discount)) {
            p.addListener((o, was, now) -> check());
        }
        check();
    }

    /** Re-reads the typed values: the total when they are all valid, else what to correct (in words). */
    private void check() {
        List<String> wrong = new ArrayList<>();
        DealLineItem item = parse(wrong);
        problem.set(String.join("; ", wrong));
        total.set(wrong.isEmpty() ? item.total() : null);
    }

    /** The typed values on a detached item; {@code wrong} gets one sentence per bad value. */
    private DealLineItem parse(List<String> wrong) {
        DealLineItem item = new DealLineItem();
        String name = product.get() == null ? "" : product.get().strip();
        if (name.isEmpty()) {
            wrong.add("give the product a name");
        }
        item.setProduct(name);
        Integer q = wholeNumber(quantity.get());
        if (q == null || q < 1 || q > MAX_QUANTITY) {
            wrong.add("quantity must be a whole number from 1 to 1,000,000");
        } else {
            item.setQuantity(q);
        }
        BigDecimal price = decimal(unitPrice.get());
        if (price == null || price.signum() < 0) {
            wrong.add("unit price must be an amount of 0 or more, e.g. 1200");
        }
        item.setUnitPrice(price);
        String d = discount.get() == null ? "" : discount.get().strip().replace("%", "");
        BigDecimal off = d.isEmpty() ? null : decimal(d);
        if (!d.isEmpty() && (off == null || off.signum() < 0 || off.compareTo(BigDecimal.valueOf(100)) > 0)) {
            wrong.add("discount must be a percentage from 0 to 100 (or empty)");
        }
        item.setDiscountPercent(off);
        return item;
    }

    /** The stored item with the typed values, ready to save; call only when {@link #problem} is empty. */
    DealLineItem toItem() {
        DealLineItem typed = parse(new ArrayList<>());
        source.setProduct(typed.getProduct());
        source.setQuantity(typed.getQuantity());
        source.setUnitPrice(typed.getUnitPrice());
        source.setDiscountPercent(typed.getDiscountPercent());
        return source;
    }

    /** The typed text, to tell whether the row was edited. */
    List<String> values() {
        return List.of(product.get(), quantity.get(), unitPrice.get(), discount.get());
    }

    /** What the user sees as the row's name in a message: "Row 2 (Business seats)". */
    String label(int index) {
        String name = product.get() == null ? "" : product.get().strip();
        return "Row " + (index + 1) + (name.isEmpty() ? "" : " (" + name + ")");
    }

    private static Integer wholeNumber(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return value == null ? "" : value.toString();
    }

    public StringProperty productProperty() { return product; }
    public StringProperty quantityProperty() { return quantity; }
    public StringProperty unitPriceProperty() { return unitPrice; }
    public StringProperty discountProperty() { return discount; }
    /** The line total, or null while a value is wrong. */
    public ReadOnlyObjectProperty<BigDecimal> totalProperty() { return total.getReadOnlyProperty(); }
    /** What is wrong with the row, in words; empty when it is valid. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
}
