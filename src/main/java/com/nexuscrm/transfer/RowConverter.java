package com.nexuscrm.transfer;

import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.RecordRules;
import com.nexuscrm.domain.SyncedRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns one row's values into a record: parses every mapped cell by its field's type, fills defaults, then
 * applies the domain's {@link RecordRules}. A blank cell leaves the field unset (then maybe defaulted). A
 * safe export's {@code '} before a formula-like cell is taken off first ({@link FormulaGuard}). A picklist
 * field's cell becomes the list's key first ({@link PicklistMatching}).
 */
final class RowConverter {
    /** The record, valid when {@code errors} is empty. */
    record Conversion(SyncedRecord record, List<FieldError> errors) { }

    private final RecordKind kind;
    private final List<RecordField> columns;
    private final Instant now;
    private final String currency;
    private final PicklistMatching picklists;
    private final java.util.function.Supplier<AccountReferences> accounts;

    RowConverter(RecordKind kind, List<RecordField> columns, Instant now, String currency, PicklistMatching picklists) {
        this(kind, columns, now, currency, picklists, () -> {
            throw new IllegalStateException("no accounts to match an account column against");
        });
    }

    /** @param accounts the workspace's accounts, read the first time a row names one */
    RowConverter(RecordKind kind, List<RecordField> columns, Instant now, String currency, PicklistMatching picklists,
                 java.util.function.Supplier<AccountReferences> accounts) {
        this.accounts = accounts;
        this.kind = kind;
        this.columns = columns;
        this.now = now;
        this.currency = currency;
        this.picklists = picklists;
    }

    Conversion convert(List<String> values) {
        SyncedRecord record = kind.newRecord();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            RecordField field = columns.get(i);
            String cell = FormulaGuard.unprotect(values.get(i));
            if (field != null && !cell.isBlank()) {
                setField(record, field, cell, errors);
            }
        }
        kind.applyDefaults(record, now, currency);
        addRuleErrors(record, errors);
        return new Conversion(record, errors);
    }

    private void setField(SyncedRecord record, RecordField field, String cell, List<FieldError> errors) {
        try {
            Object value = field.type() == FieldType.ACCOUNT ? accounts.get().resolve(cell)
                    : field.picklist() == null ? field.type().parse(cell)
                    : field.type().parse(picklists.resolve(field.picklist(), field.name(), cell));
            if (value instanceof String text && text.length() > field.maxLength()) {
                errors.add(new FieldError(field.name(), "is " + text.length() + " characters long; at most "
                        + field.maxLength() + " allowed"));
            } else {
                field.set(record, value);
            }
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field.name(), e.getMessage()));
        }
    }

    /** A field whose cell could not be parsed is left unset; its "is required" would only repeat the error. */
    private static void addRuleErrors(SyncedRecord record, List<FieldError> errors) {
        Set<String> unparsed = new HashSet<>();
        errors.forEach(e -> unparsed.add(e.field()));
        for (FieldError error : RecordRules.check(record)) {
            if (!unparsed.contains(error.field())) {
                errors.add(error);
            }
        }
    }
}
