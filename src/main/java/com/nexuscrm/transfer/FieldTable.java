package com.nexuscrm.transfer;

import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.SyncedRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import com.nexuscrm.domain.TicketPriority;
import com.nexuscrm.domain.TicketStatus;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Builds the field list of one record type with typed getter and setter references, so the table is
 * checked by the compiler instead of found by reflection.
 */
final class FieldTable<T extends SyncedRecord> {
    private final Class<T> type;
    private final List<RecordField> fields = new ArrayList<>();

    FieldTable(Class<T> type) {
        this.type = type;
        uuid("id", SyncedRecord::getId, SyncedRecord::setId);
    }

    /** Free text, imported exactly as written. */
    FieldTable<T> text(String name, int maxLength, Function<T, String> get, BiConsumer<T, String> set) {
        return add(name, FieldType.TEXT, maxLength, String.class, get, set);
    }

    /** Text with a format (email, phone, domain, code): surrounding spaces are dropped before the rules check it. */
    FieldTable<T> trimmed(String name, int maxLength, Function<T, String> get, BiConsumer<T, String> set) {
        return add(name, FieldType.TRIMMED_TEXT, maxLength, String.class, get, set);
    }

    FieldTable<T> integer(String name, Function<T, Integer> get, BiConsumer<T, Integer> set) {
        return add(name, FieldType.INTEGER, RecordField.NO_LIMIT, Integer.class, get, set);
    }

    FieldTable<T> decimal(String name, Function<T, BigDecimal> get, BiConsumer<T, BigDecimal> set) {
        return add(name, FieldType.DECIMAL, RecordField.NO_LIMIT, BigDecimal.class, get, set);
    }

    FieldTable<T> bool(String name, Function<T, Boolean> get, BiConsumer<T, Boolean> set) {
        return add(name, FieldType.BOOLEAN, RecordField.NO_LIMIT, Boolean.class, get, set);
    }

    FieldTable<T> instant(String name, Function<T, Instant> get, BiConsumer<T, Instant> set) {
        return add(name, FieldType.INSTANT, RecordField.NO_LIMIT, Instant.class, get, set);
    }

    FieldTable<T> date(String name, Function<T, LocalDate> get, BiConsumer<T, LocalDate> set) {
        return add(name, FieldType.DATE, RecordField.NO_LIMIT, LocalDate.class, get, set);
    }

    FieldTable<T> uuid(String name, Function<? super T, UUID> get, BiConsumer<? super T, UUID> set) {
        return add(name, FieldType.ID, RecordField.NO_LIMIT, UUID.class, get, set);
    }

    FieldTable<T> leadStatus(String name, Function<T, LeadStatus> get, BiConsumer<T, LeadStatus> set) {
        return add(name, FieldType.LEAD_STATUS, RecordField.NO_LIMIT, LeadStatus.class, get, set);
    }

    /** A value of a team picklist, stored by its key ({@link PicklistMatching}). */
    FieldTable<T> picklist(String name, PicklistName list, int maxLength, Function<T, String> get,
                           BiConsumer<T, String> set) {
        return add(name, FieldType.TRIMMED_TEXT, maxLength, list, String.class, get, set);
    }

    FieldTable<T> dealStage(String name, Function<T, DealStage> get, BiConsumer<T, DealStage> set) {
        return add(name, FieldType.DEAL_STAGE, RecordField.NO_LIMIT, PicklistName.DEAL_STAGE, DealStage.class, get, set);
    }

    /** Owner and team ids close every table: every synced record has them. */
    FieldTable<T> ticketPriority(String name, Function<T, TicketPriority> get, BiConsumer<T, TicketPriority> set) {
        return add(name, FieldType.TICKET_PRIORITY, RecordField.NO_LIMIT, TicketPriority.class, get, set);
    }

    FieldTable<T> ticketStatus(String name, Function<T, TicketStatus> get, BiConsumer<T, TicketStatus> set) {
        return add(name, FieldType.TICKET_STATUS, RecordField.NO_LIMIT, TicketStatus.class, get, set);
    }

    /** The record's account, given in a cell by id, domain or name ({@link AccountReferences}); exported as the id. */
    FieldTable<T> account(String name, Function<T, UUID> get, BiConsumer<T, UUID> set) {
        return add(name, FieldType.ACCOUNT, RecordField.NO_LIMIT, UUID.class, get, set);
    }

    List<RecordField> build() {
        uuid("ownerId", SyncedRecord::getOwnerId, SyncedRecord::setOwnerId);
        uuid("teamId", SyncedRecord::getTeamId, SyncedRecord::setTeamId);
        return List.copyOf(fields);
    }

    private <V> FieldTable<T> add(String name, FieldType fieldType, int maxLength, Class<V> valueClass,
                                  Function<? super T, V> get, BiConsumer<? super T, V> set) {
        return add(name, fieldType, maxLength, null, valueClass, get, set);
    }

    private <V> FieldTable<T> add(String name, FieldType fieldType, int maxLength, PicklistName list, Class<V> valueClass,
                                  Function<? super T, V> get, BiConsumer<? super T, V> set) {
        fields.add(new RecordField(name, fieldType, maxLength, list,
                record -> get.apply(type.cast(record)),
                (record, value) -> set.accept(type.cast(record), valueClass.cast(value))));
        return this;
    }
}
