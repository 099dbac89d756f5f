package com.nexuscrm.sample;

import com.nexuscrm.domain.Hlc;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.SampleSink;
import com.nexuscrm.domain.SyncedRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Records generated since the last write, grouped by type. Writing saves each type with
 * {@code insertAll} (the ids are fresh) in transactions of at most {@link #TRANSACTION_SIZE} records, on writer threads, and
 * counts what was written. The sink queues nothing for sync: a sample is not synced, so it writes no
 * outbox rows.
 */
final class SampleBatch {
    static final int TRANSACTION_SIZE = 5_000;

    private final Map<Class<? extends SyncedRecord>, List<SyncedRecord>> pending = new LinkedHashMap<>();
    private final Map<Class<? extends SyncedRecord>, Integer> written = new LinkedHashMap<>();

    SampleBatch(List<Class<? extends SyncedRecord>> types) {
        types.forEach(type -> pending.put(type, new ArrayList<>()));
    }

    void add(SyncedRecord record) {
        pending.get(record.getClass()).add(record);
    }

    int pendingCount() {
        return pending.values().stream().mapToInt(List::size).sum();
    }

    /** Saves and clears everything pending, the record types in parallel on the given writers. */
    void write(SampleSink sink, ExecutorService writers) {
        List<Future<?>> saves = new ArrayList<>();
        pending.forEach((type, records) -> {
            if (records.isEmpty()) {
                return;
            }
            // In id (= time) order the inserts land next to each other in the primary key index.
            records.sort(Comparator.comparing(SyncedRecord::getId));
            List<SyncedRecord> copy = List.copyOf(records);
            for (int from = 0; from < copy.size(); from += TRANSACTION_SIZE) {
                List<SyncedRecord> slice = copy.subList(from, Math.min(copy.size(), from + TRANSACTION_SIZE));
                saves.add(writers.submit(() -> save(sink, type, slice)));
            }
            written.merge(type, records.size(), Integer::sum);
            records.clear();
        });
        for (Future<?> save : saves) {
            await(save);
        }
    }

    private static void await(Future<?> save) {
        try {
            save.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing the sample", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** How many records of the type have been written so far. */
    int written(Class<? extends SyncedRecord> type) {
        return written.getOrDefault(type, 0);
    }

    private static <T extends SyncedRecord> Void save(SampleSink sink, Class<T> type, List<SyncedRecord> records) {
        List<T> typed = new ArrayList<>(records.size());
        for (SyncedRecord record : records) {
            // With capture off nothing stamps the HLC; the creation time in the UUIDv7 is the last change.
            record.setUpdatedAt(Hlc.atMillis(Ids.timestampOf(record.getId())));
            typed.add(type.cast(record));
        }
        sink.insertAll(type, typed);
        return null;
    }
}
