package com.nexuscrm.sync;

import java.time.Instant;

/**
 * What the status bar says about sync. {@code message} is a full sentence for the user (for OFFLINE and
 * ERROR it says why and what happens next); {@code lastSynced} is null before the first good round.
 */
public record SyncStatus(State state, long pending, String message, Instant lastSynced) {
    /** NOT_CONNECTED: no team server configured, the workspace is local only. */
    public enum State { NOT_CONNECTED, SYNCED, PENDING, SYNCING, OFFLINE, ERROR }

    /**
     * The sample workspace: made-up data that can never connect, so it has nothing "waiting". Its outbox still fills
     * (the changes that rescoring and routing on open, and the user's own edits, capture like anywhere else), but
     * counting those rows would promise a sync that cannot happen.
     */
    public static SyncStatus sampleWorkspace() {
        return new SyncStatus(State.NOT_CONNECTED, 0, "Sample workspace: made-up data, never synced", null);
    }

    public static SyncStatus notConnected(long pending) {
        return new SyncStatus(State.NOT_CONNECTED, pending, pending == 0 ? "Local workspace: no changes waiting"
                : String.format("Local workspace: %,d %s waiting", pending, pending == 1 ? "change" : "changes"), null);
    }
}
