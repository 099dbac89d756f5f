package com.nexuscrm.transfer;

import com.nexuscrm.domain.Progress;
import java.util.AbstractCollection;
import java.util.Collection;
import java.util.Iterator;

/**
 * A read-only view of the records to save that checks for cancellation while the repository walks it.
 * {@code RecordRepository.insertAll} takes no {@link Progress}, but it promises all or nothing; so a
 * {@link Progress.CancelledException} thrown from this iterator, inside the save, leaves nothing saved.
 */
final class CancellableRecords<T> extends AbstractCollection<T> {
    private static final int CHECK_EVERY = 256;

    private final Collection<T> records;
    private final Progress progress;

    CancellableRecords(Collection<T> records, Progress progress) {
        this.records = records;
        this.progress = progress;
    }

    @Override
    public Iterator<T> iterator() {
        Iterator<T> inner = records.iterator();
        return new Iterator<>() {
            private int walked;

            @Override
            public boolean hasNext() {
                return inner.hasNext();
            }

            @Override
            public T next() {
                if (walked++ % CHECK_EVERY == 0) {
                    progress.checkCancelled();
                }
                return inner.next();
            }
        };
    }

    @Override
    public int size() {
        return records.size();
    }
}
