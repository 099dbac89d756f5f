package com.nexuscrm.app;

import com.nexuscrm.domain.Threads;
import com.nexuscrm.sync.SyncStatus;
import com.nexuscrm.usecase.TeamChoices;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The team's picklists and workspace currency as the screens use them: read once when the workspace opens (on
 * its background open), read again on a thread of the feed's own after each sync round that succeeded and after
 * this workstation saved a setting, and handed to subscribers on the FX thread when they changed. Screens read
 * {@link #current()} and never the store. Requests that pile up while a read runs collapse into one more read.
 */
final class TeamChoicesFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TeamChoicesFeed.class);

    private final Supplier<TeamChoices> reader;
    private final Executor fx;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(Threads.daemon("team-choices"));
    private final AtomicBoolean queued = new AtomicBoolean();
    private final List<Consumer<TeamChoices>> listeners = new CopyOnWriteArrayList<>();
    private volatile TeamChoices current = TeamChoices.defaults();
    private volatile Instant lastSynced;

    /** @param reader reads the settings from the store (blocking); {@code fx} where subscribers are called */
    TeamChoicesFeed(Supplier<TeamChoices> reader, Executor fx) {
        this.reader = reader;
        this.fx = fx;
    }

    /** Reads the settings on the calling thread (the workspace's background open); the defaults if that fails. */
    TeamChoicesFeed loadNow() {
        read();
        return this;
    }

    /** The settings as last read: never blocks. */
    TeamChoices current() {
        return current;
    }

    /** {@code listener} gets each changed value on the FX thread; the returned handle unsubscribes it. */
    Runnable subscribe(Consumer<TeamChoices> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Reads again after each sync round that succeeded (a new {@code lastSynced}, whatever the state says next:
     * a round may end with local changes still waiting); statuses between rounds read nothing.
     */
    void syncStatus(SyncStatus status) {
        if (status.lastSynced() != null && !status.lastSynced().equals(lastSynced)) {
            lastSynced = status.lastSynced();
            refresh();
        }
    }

    /** Reads again in the background (after this workstation saved a picklist or the currency). */
    void refresh() {
        if (queued.compareAndSet(false, true)) {
            try {
                thread.execute(() -> {
                    queued.set(false);
                    read();
                });
            } catch (RejectedExecutionException closed) {
                queued.set(false);
            }
        }
    }

    private void read() {
        TeamChoices now;
        try {
            now = reader.get();
        } catch (RuntimeException e) {
            LOG.warn("Cannot read the team's picklists and currency; keeping the ones shown: {}", e.toString());
            return;
        }
        if (!Objects.equals(now, current)) {
            current = now;
            fx.execute(() -> listeners.forEach(l -> l.accept(now)));
        }
    }

    /** Waits for a read in progress (never interrupted: an interrupted H2 read can close the file), before the store closes. */
    @Override
    public void close() {
        listeners.clear();
        thread.shutdown();
        try {
            thread.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
