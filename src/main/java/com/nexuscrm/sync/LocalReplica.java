package com.nexuscrm.sync;

import com.nexuscrm.protocol.ConflictRecord;
import com.nexuscrm.protocol.Mutation;
import com.nexuscrm.protocol.MutationResult;
import com.nexuscrm.protocol.RecordChange;
import com.nexuscrm.protocol.Resolution;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the sync engine needs from the local store; the storage layer implements it. */
public interface LocalReplica {
    /** This workstation's id, made once per workspace. */
    UUID clientId();

    /** The oldest pending changes as wire mutations (an INSERT carries the record as it is now). */
    List<Mutation> pendingMutations(int limit);

    long pendingCount();

    /**
     * Records the server's answers in one transaction: accepted mutations leave the outbox and their
     * records take the server version; rejected ones move to the rejections table with the reason.
     */
    void acknowledge(List<Mutation> sent, List<MutationResult> results);

    long pullCursor();

    /**
     * Applies one page of server records in one transaction, without capturing them as local changes:
     * drops the revoked records, re-applies the still-pending local edits on top, and moves the cursor.
     * During a re-snapshot it also remembers which records the snapshot holds.
     */
    void applyPage(List<RecordChange> page, List<UUID> revoked, long cursor);

    /** The scope epoch of the last pull, or empty before the first. */
    Optional<Long> scopeEpoch();

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

    void saveScopeEpoch(long scopeEpoch);

    /** The stored link and its token, if connected. */
    Optional<StoredLink> link();

    /** A link with the token that goes with it. */
    record StoredLink(ServerLink link, String token) { }

    void saveLink(ServerLink link, String token);

    void saveToken(String token);

    /** Forgets the link and token; records and the outbox stay. */
    void clearLink();

    /** Makes the server user this workspace's current user once its record is here. */
    void adoptUser(UUID userId);

    void markSynced(java.time.Instant when);

    Optional<java.time.Instant> lastSynced();

    /** Replaces the local copy of the server's open conflicts, keeping those resolved here but not yet sent. */
    void replaceConflicts(List<ConflictRecord> conflicts);

    List<ConflictItem> conflicts();

    /**
     * Takes a person's choice for a conflict: the value is checked against the field's type (a clear
     * {@link IllegalArgumentException} if it does not fit), the record takes it at once, and the
     * resolution is queued for the server.
     */
    void resolve(UUID conflictId, String value);

    List<Resolution> pendingResolutions();

    /** The server answered these resolutions: they leave the queue and the inbox. */
    void resolutionsSent(List<UUID> conflictIds);

    List<RejectionItem> rejections();

    void dismissRejection(UUID opId);

    /** Pulled records held back because they do not fit this workstation's rules, newest first. */
    List<HeldRecord> heldBack();
}
