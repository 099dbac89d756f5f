package com.nexuscrm.storage;

import com.nexuscrm.domain.RecordRepository;
import com.nexuscrm.domain.RecordRules;
import com.nexuscrm.domain.SyncedRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/** {@link RecordRepository} on Hibernate; every write goes through the change-capture listeners. */
class StoredRecords<T extends SyncedRecord> implements RecordRepository<T> {
    private static final int CHUNK = 1000;

    protected final WorkspaceStore store;
    protected final Class<T> type;

    StoredRecords(WorkspaceStore store, Class<T> type) {
        this.store = store;
        this.type = type;
    }

    @Override
    public Optional<T> find(UUID id) {
        return store.inTransaction(s -> Optional.ofNullable(s.find(type, id)));
    }

    @Override
    public List<T> findAll() {
        return store.inTransaction(s -> s.createSelectionQuery(
                "from " + type.getSimpleName() + " where deleted = false order by id", type).setReadOnly(true).getResultList());
    }

    @Override
    public T save(T record) {
        RecordRules.require(record);
        return store.inTransaction(s -> upsert(s, record, s.find(type, record.getId()) != null));
    }

    @Override
    public void saveAll(Collection<T> records) {
        writeAll(records, true);
    }

    @Override
    public void insertAll(Collection<T> records) {
        writeAll(records, false);
    }

    private void writeAll(Collection<T> records, boolean mayExist) {
        records.forEach(RecordRules::require);
        store.inTransaction(s -> {
            List<T> batch = new ArrayList<>(CHUNK);
            for (T record : records) {
                batch.add(record);
                if (batch.size() == CHUNK) {
                    writeChunk(s, batch, mayExist);
                    batch.clear();
                }
            }
            writeChunk(s, batch, mayExist);
            return null;
        });
    }

    private void writeChunk(Session s, List<T> batch, boolean mayExist) {
        Set<UUID> existing = mayExist ? existingIds(s, batch.stream().map(SyncedRecord::getId).toList()) : Set.of();
        for (T record : batch) {
            upsert(s, record, existing.contains(record.getId()));
        }
        s.flush();
        s.clear();
    }

    T upsert(Session s, T record, boolean exists) {
        if (exists) {
            return s.merge(record);
        }
        s.persist(record);
        return record;
    }

    @Override
    public void delete(UUID id) {
        store.inTransaction(s -> {
            T record = s.find(type, id);
            if (record != null) {
                record.setDeleted(true);
            }
            return null;
        });
    }

    @Override
    public long count() {
        return store.inTransaction(s -> s.createSelectionQuery(
                "select count(*) from " + type.getSimpleName() + " where deleted = false", Long.class).getSingleResult());
    }

    @Override
    public Set<UUID> existingIds(Collection<UUID> ids) {
        return store.inTransaction(s -> existingIds(s, ids));
    }

    private Set<UUID> existingIds(Session s, Collection<UUID> ids) {
        Set<UUID> found = new HashSet<>();
        List<UUID> all = List.copyOf(ids);
        for (int i = 0; i < all.size(); i += CHUNK) {
            found.addAll(s.createSelectionQuery("select id from " + type.getSimpleName() + " where id in :ids", UUID.class)
                    .setParameter("ids", all.subList(i, Math.min(all.size(), i + CHUNK))).getResultList());
        }
        return found;
    }
}
