package com.nexuscrm.testing;

import com.nexuscrm.domain.RecordRepository;
import com.nexuscrm.domain.RecordRules;
import com.nexuscrm.domain.RecordWriter;
import com.nexuscrm.domain.SyncedRecord;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link RecordWriter} over in-memory repositories: every record is checked with {@link RecordRules} before any
 * is saved, so a refused record saves none of them, as the store's one transaction does. Each type's records go
 * to the repository registered for it with {@link #with}.
 */
public final class InMemoryWriter implements RecordWriter {
    private final Map<Class<?>, RecordRepository<?>> repositories = new HashMap<>();

    public <T extends SyncedRecord> InMemoryWriter with(Class<T> type, RecordRepository<T> repository) {
        repositories.put(type, repository);
        return this;
    }

    @Override
    public synchronized void saveTogether(Collection<? extends SyncedRecord> records) {
        records.forEach(RecordRules::require);
        for (SyncedRecord r : records) {
            if (!repositories.containsKey(r.getClass())) {
                throw new IllegalStateException("No repository for " + r.getClass().getSimpleName());
            }
        }
        records.forEach(this::save);
    }

    @SuppressWarnings("unchecked")
    private <T extends SyncedRecord> void save(T record) {
        ((RecordRepository<T>) repositories.get(record.getClass())).save(record);
    }
}
