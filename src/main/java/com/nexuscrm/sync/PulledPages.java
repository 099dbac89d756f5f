package com.nexuscrm.sync;

import java.util.Optional;

/** Pulled pages and the pull's position (cursor, scope epoch, snapshot state); the storage layer implements it. */
public interface PulledPages {
    long pullCursor();

    /**
     * Applies one page of server records in one transaction, without capturing them as local changes:
     * holds back the records that do not fit, drops the revoked ones, re-applies the still-pending local
     * edits on top, and moves the cursor. During a re-snapshot it also remembers which records the snapshot holds.
     */
    void applyPage(PulledPage page);

    /** The scope epoch of the last pull, or empty before the first. */
    Optional<Long> scopeEpoch();

    void saveScopeEpoch(long scopeEpoch);

    /**
     * Starts a fresh snapshot for the given scope epoch, in one transaction: cursor back to 0, nothing
     * seen yet, epoch stored (so a crash resumes the snapshot, never skips it).
     */
    void beginResnapshot(long scopeEpoch);

    boolean resnapshotting();

    /**
     * Ends a snapshot in one transaction: records the snapshot did not hold, with no pending local
     * change, are removed (they left the scope or were purged).
     */
    void finishResnapshot();
}
