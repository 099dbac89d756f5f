package com.nexuscrm.app.adapters;

import com.nexuscrm.domain.Threads;
import com.nexuscrm.search.SearchHit;
import com.nexuscrm.search.SearchKind;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.ui.search.GlobalSearch;
import com.nexuscrm.usecase.Workspace;
import com.nexuscrm.usecase.WorkspaceSearch;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open workspace's {@link WorkspaceSearch} for the Ctrl+K popup: opened (snapshot loaded, or rebuilt) on
 * first use, refreshed when the popup opens and, off the FX thread, after each sync ({@link #refreshLater()};
 * requests that pile up while one runs collapse into one more).
 */
public final class WorkspaceGlobalSearch implements GlobalSearch, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceGlobalSearch.class);

    private final Workspace workspace;
    private final ExecutorService background = Executors.newSingleThreadExecutor(Threads.daemon("search-index"));
    private final AtomicBoolean queued = new AtomicBoolean();
    private WorkspaceSearch search;

    public WorkspaceGlobalSearch(WorkspaceStore store) {
        this.workspace = Workspace.over(store);
    }

    private synchronized WorkspaceSearch index() {
        if (search == null) {
            search = WorkspaceSearch.open(workspace);
        }
        return search;
    }

    @Override
    public List<SearchHit> search(String query, Set<SearchKind> kinds, int limit) {
        return index().search(query, kinds, limit);
    }

    @Override
    public void refresh() {
        index().refresh();
    }

    @Override
    public int rebuild() {
        return index().rebuild();
    }

    /** Refreshes on the index's own thread (after a sync pulled or pushed records). */
    public void refreshLater() {
        if (queued.compareAndSet(false, true)) {
            try {
                background.execute(() -> {
                    queued.set(false);
                    try {
                        refresh();
                    } catch (RuntimeException e) {
                        LOG.warn("Could not update the search index after a sync", e);
                    }
                });
            } catch (RejectedExecutionException closed) {
                queued.set(false);
            }
        }
    }

    @Override
    public synchronized void close() {
        background.shutdownNow();
        if (search != null) {
            search.close();
        }
    }
}
