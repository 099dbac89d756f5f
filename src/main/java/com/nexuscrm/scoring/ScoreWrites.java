package com.nexuscrm.scoring;

import com.nexuscrm.domain.Threads;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A rescoring's writes (leads' in {@link LeadScoring}, deals' in the deal rescoring), one batch at a time on a thread
 * of their own, so that the store's write of one batch (AES-encrypted pages, the larger part of a full rescore) runs
 * while the caller reads and scores the next one.
 * At most one batch waits: {@link #submit} first waits for the one before, and a failed write is thrown there or
 * from {@link #close}, which waits for the last write, so nothing is left half done when the rescoring returns.
 */
public final class ScoreWrites implements AutoCloseable {
    private final ExecutorService writer = Executors.newSingleThreadExecutor(Threads.daemon("nexus-score-writer"));
    private Future<?> pending;

    public void submit(Runnable write) {
        awaitPending();
        pending = writer.submit(write);
    }

    private void awaitPending() {
        if (pending == null) {
            return;
        }
        try {
            pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while storing scores");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("Storing scores failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pending = null;
        }
    }

    @Override
    public void close() {
        try {
            awaitPending();
        } finally {
            writer.shutdown();
        }
    }
}
