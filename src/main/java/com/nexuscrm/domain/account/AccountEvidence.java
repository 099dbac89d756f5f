package com.nexuscrm.domain.account;

import com.nexuscrm.domain.RecordRef;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of evidence behind an account insight: the figure or fact in words, the record it comes from
 * ({@code kind} and {@code recordId}; null for a figure computed over many records) and the record a screen opens
 * for it ({@code opens}: the ticket's or call's account, the deal, the contact).
 */
public record AccountEvidence(String text, Kind kind, UUID recordId, RecordRef opens) {
    /** Where a piece of evidence comes from. */
    public enum Kind { USAGE, TICKET, CALL, ACTIVITY, CONTACT, DEAL, ACCOUNT }

    public AccountEvidence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    /** A figure computed over the account's records (usage months, counts): opens the account. */
    public static AccountEvidence figure(Kind kind, String text, UUID accountId) {
        return new AccountEvidence(text, kind, null, RecordRef.account(accountId));
    }
}
