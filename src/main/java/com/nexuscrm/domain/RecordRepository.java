package com.nexuscrm.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Persistence of one synced record type. Every write validates with {@link RecordRules}, runs in one
 * transaction and is captured for sync by the store; a failed write changes nothing.
 */
public interface RecordRepository<T extends SyncedRecord> {
    Optional<T> find(UUID id);

    /** Live (not tombstoned) records, in id order. */
    List<T> findAll();

    T save(T record);

    /** Saves all records in one transaction: all or nothing. */
    void saveAll(Collection<T> records);

    /**
     * Inserts records that are known to be new (fresh ids), in one transaction: all or nothing. Skips the
     * existence check of {@link #saveAll}; an id that exists after all fails the whole call.
     */
    void insertAll(Collection<T> records);

    /** Marks the record deleted (a tombstone that syncs); records are never removed locally. */
    void delete(UUID id);

    long count();

    /** Which of the given ids already exist, tombstoned or not. */
    Set<UUID> existingIds(Collection<UUID> ids);
}
