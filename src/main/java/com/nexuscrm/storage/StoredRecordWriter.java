package com.nexuscrm.storage;

import com.nexuscrm.domain.RecordRules;
import com.nexuscrm.domain.RecordWriter;
import com.nexuscrm.domain.SyncedRecord;
import java.util.Collection;

/** {@link RecordWriter} on one Hibernate transaction; the change-capture listeners put every record in the outbox. */
final class StoredRecordWriter implements RecordWriter {
    private final WorkspaceStore store;

    StoredRecordWriter(WorkspaceStore store) {
        this.store = store;
    }

    @Override
    public void saveTogether(Collection<? extends SyncedRecord> records) {
        records.forEach(RecordRules::require);
        store.inTransaction(s -> {
            for (SyncedRecord record : records) {
                if (s.find(record.getClass(), record.getId()) != null) {
                    s.merge(record);
                } else {
                    s.persist(record);
                }
            }
            return null;
        });
    }
}
