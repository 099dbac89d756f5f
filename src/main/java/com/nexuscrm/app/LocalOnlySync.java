package com.nexuscrm.app;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.sync.ConflictItem;
import com.nexuscrm.sync.RejectionItem;
import com.nexuscrm.sync.ServerLink;
import com.nexuscrm.sync.SyncControl;
import com.nexuscrm.sync.SyncException;
import com.nexuscrm.sync.SyncStatus;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Stand-in until background sync lands: a local workspace whose status counts the outbox every two
 * seconds (one indexed query). It cannot connect.
 */
final class LocalOnlySync implements SyncControl, AutoCloseable {
    private final WorkspaceStore store;
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService counter = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pending-changes");
        t.setDaemon(true);
        return t;
    });
    private volatile SyncStatus status;

    LocalOnlySync(WorkspaceStore store) {
        this.store = store;
        this.status = SyncStatus.notConnected(store.outbox().size());
        counter.scheduleWithFixedDelay(this::count, 2, 2, TimeUnit.SECONDS);
    }

    private void count() {
        SyncStatus next = SyncStatus.notConnected(store.outbox().size());
        if (next.pending() != status.pending()) {
            status = next;
            listeners.forEach(l -> l.accept(next));
        }
    }

    @Override public SyncStatus status() { return status; }

    @Override
    public void onStatus(Consumer<SyncStatus> listener) {
        listeners.add(listener);
        listener.accept(status);
    }

    @Override public Optional<ServerLink> link() { return Optional.empty(); }

    @Override
    public ServerLink connect(URI server, String email, char[] password, Progress progress) {
        throw new SyncException(SyncException.Kind.REFUSED, "This build cannot sync in the background yet;"
                + " use nexus sync from the command line.", null);
    }

    @Override public void login(char[] password) { connect(null, null, password, Progress.NONE); }
    @Override public void disconnect() { }
    @Override public void syncNow() { }
    @Override public List<ConflictItem> conflicts() { return List.of(); }
    @Override public void resolve(UUID conflictId, String value) { }
    @Override public List<RejectionItem> rejections() { return List.of(); }
    @Override public void dismissRejection(UUID opId) { }

    @Override
    public void close() {
        counter.shutdownNow();
    }
}
