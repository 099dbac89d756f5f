package com.nexuscrm.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** The columns of one contact in the contacts list, with its account's name (null when it has none). */
public record ContactRow(UUID id, String firstName, String lastName, String email, String phone, String title,
                         UUID accountId, String accountName, UUID ownerId, Instant createdAt) {

    public String fullName() {
        return firstName == null || firstName.isBlank() ? AccountRow.text(lastName) : firstName + " " + AccountRow.text(lastName);
    }

    /** Lower-case text the list's search matches against: name, email, phone, title, account. */
    public String searchText() {
        return String.join("\u0001", fullName(), AccountRow.text(email), AccountRow.text(phone), AccountRow.text(title),
                AccountRow.text(accountName)).toLowerCase(Locale.ROOT);
    }
}
