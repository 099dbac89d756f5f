package com.nexuscrm.ui.customers;

import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.RecordRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/** What the account and contact forms share: the shown record, heading, per-field errors and text parsing. */
abstract class CustomerForm {
    protected final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    protected final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    protected final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    protected final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(false);
    /** The record shown, for the timeline beside the form; null while nothing or a new record is shown. */
    protected final ReadOnlyObjectWrapper<RecordRef> record = new ReadOnlyObjectWrapper<>();
    protected Consumer<RecordRef> onOpen = ref -> { };

    /** Where a related row opens (the customers screen: a contact in the Contacts list, an account in Accounts). */
    void setOnOpen(Consumer<RecordRef> onOpen) {
        this.onOpen = onOpen;
    }

    /** Opens a deal of the related list (under Deals). */
    public void openDeal(com.nexuscrm.domain.DealSummary deal) {
        if (deal != null) {
            onOpen.accept(RecordRef.deal(deal.id()));
        }
    }

    protected void showErrors(List<FieldError> found) {
        errors.clear();
        found.forEach(e -> errors.putIfAbsent(e.field(), e.message()));
    }

    protected void clear() {
        editing.set(false);
        creating.set(false);
        record.set(null);
        errors.clear();
        heading.set("");
    }

    static Integer parseInt(String field, String text, List<FieldError> found) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            found.add(new FieldError(field, "'" + text.trim() + "' is not a whole number, e.g. 250"));
            return null;
        }
    }

    static BigDecimal parseAmount(String field, String text, List<FieldError> found) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            found.add(new FieldError(field, "'" + text.trim() + "' is not an amount, e.g. 2500000"));
            return null;
        }
    }

    static String text(Object value) {
        return value == null ? "" : value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public ObservableMap<String, String> errors() { return errors; }
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty editingProperty() { return editing.getReadOnlyProperty(); }
    /** True while the form holds a record never saved (Delete does not apply). */
    public ReadOnlyBooleanProperty creatingProperty() { return creating.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<RecordRef> recordProperty() { return record.getReadOnlyProperty(); }
}
