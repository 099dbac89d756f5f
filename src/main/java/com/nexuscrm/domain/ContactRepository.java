package com.nexuscrm.domain;

import java.util.List;
import java.util.UUID;

/** Contacts, plus the reads of the contacts list and of a contact's deals (one query each). */
public interface ContactRepository extends RecordRepository<Contact> {
    /** Every live contact as a list row with its account's name, in no particular order. */
    List<ContactRow> rows();

    ContactRow row(UUID id);

    /** The live deals whose primary contact this is, latest close date first. */
    List<DealSummary> deals(UUID contactId);
}
