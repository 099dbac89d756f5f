package com.nexuscrm.domain;

import java.util.List;
import java.util.UUID;

/** Accounts, plus the reads of the accounts list and of an account's related lists (one query each). */
public interface AccountRepository extends RecordRepository<Account> {
    /** Every live account as a list row, in no particular order. */
    List<AccountRow> rows();

    AccountRow row(UUID id);

    /** The account's live contacts, by name. */
    List<ContactRow> contacts(UUID accountId);

    /** The account's live deals, latest close date first. */
    List<DealSummary> deals(UUID accountId);

    /** The account's live support tickets, newest first. */
    List<TicketSummary> tickets(UUID accountId);
}
