package com.nexuscrm.transfer;

import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.SyncedRecord;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One importable and exportable property of a record: its Java property name (as used by
 * {@link com.nexuscrm.domain.RecordRules}), its type, the store's column width for text, the team picklist its
 * values come from (null for most fields), and accessors.
 */
record RecordField(String name, FieldType type, int maxLength, PicklistName picklist,
                   Function<SyncedRecord, Object> getter, BiConsumer<SyncedRecord, Object> setter) {
    static final int NO_LIMIT = Integer.MAX_VALUE;

    Object get(SyncedRecord record) {
        return getter.apply(record);
    }

    void set(SyncedRecord record, Object value) {
        setter.accept(record, value);
    }
}
