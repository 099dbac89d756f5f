package com.nexuscrm.sync;

import java.util.List;
import java.util.UUID;

/** The local changes waiting to be pushed, as the sync engine sees them; the storage layer implements it. */
public interface ChangeOutbox {
    /** This workstation's id, made once per workspace. */
    UUID clientId();

    /** The oldest pending changes, in capture order (an INSERT carries the record as it is now). */
    List<PendingChange> pending(int limit);

    long pendingCount();

    /**
     * Records the server's answers in one transaction: accepted changes leave the outbox and their
     * records take the server version; rejected ones move to the rejections table with the reason.
     */
    void acknowledge(List<PushAnswer> answers);
}
