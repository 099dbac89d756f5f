package com.nexuscrm.domain;

import java.util.List;
import java.util.UUID;

/**
 * The records that point at a lead, contact or account: what a conversion relinks and a merge moves to the
 * survivor. Every list holds live (not tombstoned) records only.
 */
public interface LinkedRecords {
    /** Every activity and task logged on the record (for an account: rolled up to it too), oldest first. */
    List<Activity> activitiesOf(RecordRef ref);

    List<Contact> contactsOfAccount(UUID accountId);

    /** Deals whose account (for an account) or primary contact (for a contact) is the record. */
    List<Deal> dealsOf(RecordRef ref);

    /** Leads converted into the record (an account or a contact). */
    List<Lead> leadsConvertedTo(RecordRef ref);

    /** Live accounts whose domain is this normalised domain. */
    List<Account> accountsByDomain(String domain);
}
