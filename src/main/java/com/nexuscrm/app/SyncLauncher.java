package com.nexuscrm.app;

import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.sync.SyncControl;

/**
 * Builds and starts the background sync of a workspace that was just opened (on a background thread).
 * Tests pass their own, to show the window a scripted sync.
 */
interface SyncLauncher {
    /** A started sync and how to stop it when the workspace closes. */
    record Running(SyncControl control, AutoCloseable stop) { }

    Running launch(WorkspaceStore store);
}
