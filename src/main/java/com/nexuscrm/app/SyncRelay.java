package com.nexuscrm.app;

import com.nexuscrm.domain.Threads;
import com.nexuscrm.sync.ServerLink;
import com.nexuscrm.sync.SyncControl;
import com.nexuscrm.sync.SyncStatus;
import com.nexuscrm.ui.sync.SyncFeed;
import com.nexuscrm.ui.sync.SyncSnapshot;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries one workspace's sync status to the window. Status listeners run on the sync thread, and the
 * inbox counts and link are reads that may block, so they are taken on a thread of the relay's own and
 * handed to the FX thread as one {@link SyncSnapshot}. Requests that pile up while a read runs collapse
 * into one more read.
 */
final class SyncRelay implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SyncRelay.class);

    private final SyncControl sync;
    private final SyncFeed feed;
    private final Executor fx;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(Threads.daemon("sync-status"));
    private final AtomicBoolean queued = new AtomicBoolean();
    private final boolean sample;
    private volatile SyncStatus latest = SyncStatus.notConnected(0);

    SyncRelay(SyncControl sync, SyncFeed feed, Executor fx) {
        this(sync, feed, fx, false);
    }

    /** {@code sample}: the sample workspace, whose status is always {@link SyncStatus#sampleWorkspace()}. */
    SyncRelay(SyncControl sync, SyncFeed feed, Executor fx, boolean sample) {
        this.sync = sync;
        this.feed = feed;
        this.fx = fx;
        this.sample = sample;
    }

    /** Subscribes once for the workspace's lifetime: the status bar shows sync on every screen. */
    void start() {
        feed.setRefresher(this::refresh);
        sync.onStatus(status -> {
            latest = sample ? SyncStatus.sampleWorkspace() : status;
            refresh();
        });
    }

    void refresh() {
        if (queued.compareAndSet(false, true)) {
            try {
                reader.execute(this::read);
            } catch (RejectedExecutionException closed) {
                queued.set(false);
            }
        }
    }

    private void read() {
        queued.set(false);
        SyncStatus status = latest;
        try {
            ServerLink link = sync.link().orElse(null);
            SyncSnapshot snapshot = new SyncSnapshot(status, link, sync.conflicts().size(), sync.rejections().size());
            fx.execute(() -> feed.publish(snapshot));
        } catch (RuntimeException e) {
            LOG.warn("Cannot read the sync inbox counts: {}", e.toString());
            fx.execute(() -> feed.publish(new SyncSnapshot(status, feed.current().link(), feed.current().conflicts(),
                    feed.current().rejections())));
        }
    }

    @Override
    public void close() {
        feed.setRefresher(() -> { });
        reader.shutdownNow();
    }
}
