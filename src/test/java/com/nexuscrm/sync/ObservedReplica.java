package com.nexuscrm.sync;

import com.nexuscrm.protocol.ConflictRecord;
import com.nexuscrm.protocol.Mutation;
import com.nexuscrm.protocol.MutationResult;
import com.nexuscrm.protocol.RecordChange;
import com.nexuscrm.protocol.Resolution;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A {@link LocalReplica} that hands everything to the real one and tells an {@link Observer} before
 * and after each step that crosses the wire or commits a batch or a page: the fault suite counts
 * operations with it, and {@link SyncKillChild} announces where it is.
 */
final class ObservedReplica implements LocalReplica {
    /** Hooks around the steps; every one does nothing unless overridden. */
    interface Observer {
        default void pending(List<Mutation> batch) { }

        default void acknowledging(List<Mutation> sent) { }

        default void acknowledged(List<Mutation> sent, List<MutationResult> results) { }

        default void applying(List<RecordChange> page) { }

        default void applied(List<RecordChange> page, long cursor) { }
    }

    private final LocalReplica replica;
    private final Observer observer;

    ObservedReplica(LocalReplica replica, Observer observer) {
        this.replica = replica;
        this.observer = observer;
    }

    @Override
    public List<Mutation> pendingMutations(int limit) {
        List<Mutation> batch = replica.pendingMutations(limit);
        observer.pending(batch);
        return batch;
    }

    @Override
    public void acknowledge(List<Mutation> sent, List<MutationResult> results) {
        observer.acknowledging(sent);
        replica.acknowledge(sent, results);
        observer.acknowledged(sent, results);
    }

    @Override
    public void applyPage(List<RecordChange> page, List<UUID> revoked, long cursor) {
        observer.applying(page);
        replica.applyPage(page, revoked, cursor);
        observer.applied(page, cursor);
    }

    @Override public UUID clientId() { return replica.clientId(); }
    @Override public long pendingCount() { return replica.pendingCount(); }
    @Override public long pullCursor() { return replica.pullCursor(); }
    @Override public Optional<Long> scopeEpoch() { return replica.scopeEpoch(); }
    @Override public void beginResnapshot(long scopeEpoch) { replica.beginResnapshot(scopeEpoch); }
    @Override public boolean resnapshotting() { return replica.resnapshotting(); }
    @Override public void finishResnapshot() { replica.finishResnapshot(); }
    @Override public void saveScopeEpoch(long scopeEpoch) { replica.saveScopeEpoch(scopeEpoch); }
    @Override public Optional<StoredLink> link() { return replica.link(); }
    @Override public void saveLink(ServerLink link, String token) { replica.saveLink(link, token); }
    @Override public void saveToken(String token) { replica.saveToken(token); }
    @Override public void clearLink() { replica.clearLink(); }
    @Override public void adoptUser(UUID userId) { replica.adoptUser(userId); }
    @Override public void markSynced(Instant when) { replica.markSynced(when); }
    @Override public Optional<Instant> lastSynced() { return replica.lastSynced(); }
    @Override public void replaceConflicts(List<ConflictRecord> conflicts) { replica.replaceConflicts(conflicts); }
    @Override public List<ConflictItem> conflicts() { return replica.conflicts(); }
    @Override public void resolve(UUID conflictId, String value) { replica.resolve(conflictId, value); }
    @Override public List<Resolution> pendingResolutions() { return replica.pendingResolutions(); }
    @Override public void resolutionsSent(List<UUID> conflictIds) { replica.resolutionsSent(conflictIds); }
    @Override public List<RejectionItem> rejections() { return replica.rejections(); }
    @Override public void dismissRejection(UUID opId) { replica.dismissRejection(opId); }
    @Override public List<HeldRecord> heldBack() { return replica.heldBack(); }
}
