package com.nexuscrm.app;

import com.nexuscrm.json.Json;
import com.nexuscrm.storage.StoredReplica;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.sync.BackgroundSync;
import com.nexuscrm.sync.SyncControl;

/**
 * Builds and starts the background sync of a workspace that was just opened (on a background thread).
 * Tests pass their own, to show the window a scripted sync.
 */
interface SyncLauncher {
    /** A started sync and how to stop it when the workspace closes. */
    record Running(SyncControl control, AutoCloseable stop) { }

    Running launch(WorkspaceStore store);

    /** The workspace's background sync: resumes rounds when a team server link is stored. */
    static Running background(WorkspaceStore store) {
        BackgroundSync sync = new BackgroundSync(StoredReplica.of(store), Json.mapper()).start();
        return new Running(sync, sync);
    }
}
