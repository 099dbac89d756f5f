package com.nexuscrm.domain;

import java.util.List;
import java.util.UUID;

/** Contacts, plus the reads of the contacts list and of a contact's deals (one query each). */
public interface ContactRepository extends RecordRepository<Contact> {
    /** Every live contact as a list row with its account's name, in no particular order. */
    List<ContactRow> rows();

    ContactRow row(UUID id);

    /**
     * Saves a contact edited in a form that loaded it with {@code loadedDoNotContact}: the stored "Do not contact"
     * flag is kept unless the form changed it ({@link DoNotContactEdits}). The store does it in the save's
     * transaction; this default reads, then saves.
     */
    default Contact saveEdited(Contact edited, boolean loadedDoNotContact) {
        find(edited.getId()).ifPresent(stored -> edited.setDoNotContact(
                DoNotContactEdits.onSave(loadedDoNotContact, edited.isDoNotContact(), stored.isDoNotContact())));
        return save(edited);
    }

    /** The live deals whose primary contact this is, latest close date first. */
    List<DealSummary> deals(UUID contactId);
}
