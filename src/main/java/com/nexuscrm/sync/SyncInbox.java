package com.nexuscrm.sync;

import java.util.List;
import java.util.UUID;

/** What the Sync inbox shows and what a person does there; storage implements it. */
public interface SyncInbox {
    List<ConflictItem> conflicts();

    /**
     * Takes a person's choice for a conflict: the value is checked against the field's type (a clear
     * {@link IllegalArgumentException} if it does not fit), the record takes it at once, and the
     * resolution is queued for the server.
     */
    void resolve(UUID conflictId, String value);

    List<RejectionItem> rejections();

    void dismissRejection(UUID opId);

    /** Pulled records held back because they do not fit this workstation's rules, newest first. */
    List<HeldRecord> heldBack();
}
