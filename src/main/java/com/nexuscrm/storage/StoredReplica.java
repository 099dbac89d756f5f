package com.nexuscrm.storage;

import com.nexuscrm.sync.LocalReplica;

/**
 * The workspace as the sync engine sees it, one port per role: {@link StoredOutbox} (outbox out),
 * {@link StoredPulledPages} (server pages in), {@link StoredSyncInbox} (conflicts, rejections, held-back
 * records) and {@link StoredServerLink} (the {@code sync_state} row).
 */
public final class StoredReplica {
    private StoredReplica() { }

    public static LocalReplica of(WorkspaceStore store) {
        ReplicaRows rows = new ReplicaRows(store.json());
        StoredServerLink state = new StoredServerLink(store);
        StoredSyncInbox inbox = new StoredSyncInbox(store, rows.lenient, ReplicaRows::type);
        return new LocalReplica(new StoredOutbox(store, rows, state), new StoredPulledPages(store, rows, state), inbox,
                state, inbox);
    }
}
