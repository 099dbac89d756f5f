package com.nexuscrm.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Leads, plus the bulk reads and writes of the inbox. */
public interface LeadRepository extends RecordRepository<Lead> {
    /** Every live lead as an inbox row, in no particular order. */
    List<LeadRow> inboxRows();

    LeadRow row(UUID id);

    /** Open-lead counts for one owner and for the whole workspace. */
    LeadCounts counts(UUID ownerId);

    /** The owner's newest leads that nobody has worked yet. */
    List<LeadRow> newestUnworked(UUID ownerId, int limit);

    /**
     * The owner's New leads still waiting for a first response, highest score first (unscored last, then
     * newest first): who to call first.
     */
    List<LeadRow> callFirst(UUID ownerId, int limit);

    /** Assigns the leads to an owner in one transaction; each change is captured for sync. */
    void assign(Collection<UUID> leadIds, UUID ownerId);

    /**
     * Saves a lead edited in a form that loaded it with {@code loadedDoNotContact}: the stored "Do not contact" flag
     * is kept unless the user changed the box ({@link DoNotContactEdits}). The store does it in the save's transaction;
     * this default reads, then saves.
     */
    default Lead saveEdited(Lead edited, boolean loadedDoNotContact) {
        find(edited.getId()).ifPresent(stored -> edited.setDoNotContact(
                DoNotContactEdits.onSave(loadedDoNotContact, edited.isDoNotContact(), stored.isDoNotContact())));
        return save(edited);
    }

    /** Changes the status of the leads in one transaction. */
    void changeStatus(Collection<UUID> leadIds, LeadStatus status);
}
