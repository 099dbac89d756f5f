package com.nexuscrm.ui.sync;

import com.nexuscrm.sync.ServerLink;
import com.nexuscrm.sync.SyncStatus;

/**
 * What the window knows about sync at one moment: the status, the team server link (null for a local
 * workspace) and how many conflicts and rejected changes wait in the Sync inbox.
 */
public record SyncSnapshot(SyncStatus status, ServerLink link, int conflicts, int rejections) {
    /** Before the workspace's sync has reported anything. */
    public static SyncSnapshot initial() {
        return new SyncSnapshot(SyncStatus.notConnected(0), null, 0, 0);
    }

    public boolean connected() {
        return link != null;
    }
}
