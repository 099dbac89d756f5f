package com.nexuscrm.sync;

import com.nexuscrm.sync.wire.Mutation;
import com.nexuscrm.sync.wire.MutationResult;
import com.nexuscrm.sync.wire.RecordChange;
import java.util.List;
import java.util.UUID;

/** What the sync engine needs from the local store; the storage layer implements it. */
public interface LocalReplica {
    /** This workstation's id, made once per workspace. */
    UUID clientId();

    /** The oldest pending changes as wire mutations (an INSERT carries the record as it is now). */
    List<Mutation> pendingMutations(int limit);

    /**
     * Records the server's answers in one transaction: accepted mutations leave the outbox and their
     * records take the server version; rejected ones move to the rejections table with the reason.
     */
    void acknowledge(List<Mutation> sent, List<MutationResult> results);

    long pullCursor();

    /**
     * Applies one page of server records in one transaction, without capturing them as local changes,
     * re-applies the still-pending local edits on top, and moves the cursor.
     */
    void applyPage(List<RecordChange> page, long cursor);
}
