package com.nexuscrm.ui.customers;

import com.nexuscrm.ui.leads.OwnerChoice;
import java.util.Locale;

/**
 * What a customers list shows: free-text search plus its filters; null (or {@link AccountChoice#NONE}) means "any".
 * Accounts filter by industry, country and owner; contacts by account and owner.
 */
public record CustomerCriteria(String search, String industry, String country, OwnerChoice owner, AccountChoice account) {
    public static final CustomerCriteria ALL = new CustomerCriteria("", null, null, OwnerChoice.ANY, AccountChoice.NONE);
    public static final CustomerCriteria MINE = new CustomerCriteria("", null, null, OwnerChoice.ME, AccountChoice.NONE);

    public CustomerCriteria {
        search = search == null ? "" : search;
        owner = owner == null ? OwnerChoice.ANY : owner;
        account = account == null ? AccountChoice.NONE : account;
    }

    /**
     * Whether the contacts list shows {@code row} under these criteria for the user {@code me} (owner, account and
     * every search term in its name, email, phone, title or account): what a contacts audience enrols.
     */
    public boolean matchesContact(com.nexuscrm.domain.ContactRow row, java.util.UUID me) {
        if (!owner.matches(row.ownerId(), me) || !account.matches(row.accountId())) {
            return false;
        }
        String text = row.searchText();
        for (String term : terms()) {
            if (!text.contains(term)) {
                return false;
            }
        }
        return true;
    }

    /** The search as lower-case terms, each of which a row's text must contain. */
    String[] terms() {
        return search.isBlank() ? new String[0] : search.trim().toLowerCase(Locale.ROOT).split("\\s+");
    }

    static boolean same(String filter, String value) {
        return filter == null || filter.equalsIgnoreCase(value == null ? "" : value.trim());
    }
}
