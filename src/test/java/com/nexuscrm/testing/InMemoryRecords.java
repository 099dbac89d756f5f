package com.nexuscrm.testing;

import com.nexuscrm.domain.RecordRepository;
import com.nexuscrm.domain.RecordRules;
import com.nexuscrm.domain.SyncedRecord;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * {@link RecordRepository} in a map, behaving like storage's {@code StoredRecords} where ViewModel tests look:
 * every write is checked with {@link RecordRules} first ({@code ValidationException}, nothing stored), bulk
 * writes are all or nothing, records come back as detached copies, {@code find} also returns tombstones, and
 * {@code findAll} lists live records in the store's id order. Not modelled: change capture for sync (tests of
 * the outbox run on a real workspace) and the {@code updatedAt} clock.
 */
public class InMemoryRecords<T extends SyncedRecord> implements RecordRepository<T> {
    /** H2 orders UUIDs as unsigned 128-bit numbers. */
    static final Comparator<UUID> STORE_ORDER = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    protected final Map<UUID, T> rows = new TreeMap<>(STORE_ORDER);
    private final UnaryOperator<T> asStored;

    public InMemoryRecords() {
        this(UnaryOperator.identity());
    }

    /** @param asStored what the store's columns make of a record's values (e.g. decimal scale); applied to stored copies */
    protected InMemoryRecords(UnaryOperator<T> asStored) {
        this.asStored = asStored;
    }

    /** The stored state of a record: a detached copy, normalised as the columns would. */
    protected final T stored(T record) {
        return asStored.apply(RecordCopies.copy(record));
    }

    protected static <R> R copy(R record) {
        return RecordCopies.copy(record);
    }

    @Override
    public synchronized Optional<T> find(UUID id) {
        return Optional.ofNullable(rows.get(id)).map(RecordCopies::copy);
    }

    @Override
    public synchronized List<T> findAll() {
        return rows.values().stream().filter(r -> !r.isDeleted()).map(RecordCopies::copy).toList();
    }

    @Override
    public synchronized T save(T record) {
        RecordRules.require(record);
        boolean exists = rows.containsKey(record.getId());
        rows.put(record.getId(), stored(record));
        return exists ? copy(rows.get(record.getId())) : record;
    }

    @Override
    public synchronized void saveAll(Collection<T> records) {
        records.forEach(RecordRules::require);
        records.forEach(r -> rows.put(r.getId(), stored(r)));
    }

    @Override
    public synchronized void insertAll(Collection<T> records) {
        records.forEach(RecordRules::require);
        Set<UUID> existing = existingIds(records.stream().map(SyncedRecord::getId).toList());
        if (!existing.isEmpty() || records.stream().map(SyncedRecord::getId).distinct().count() != records.size()) {
            throw new IllegalStateException("Duplicate ids in insertAll: " + existing);
        }
        records.forEach(r -> rows.put(r.getId(), stored(r)));
    }

    @Override
    public synchronized void delete(UUID id) {
        T record = rows.get(id);
        if (record != null) {
            record.setDeleted(true);
        }
    }

    @Override
    public synchronized long count() {
        return rows.values().stream().filter(r -> !r.isDeleted()).count();
    }

    @Override
    public synchronized Set<UUID> existingIds(Collection<UUID> ids) {
        Set<UUID> found = new HashSet<>(ids);
        found.retainAll(rows.keySet());
        return found;
    }
}
