package com.nexuscrm.search;

import java.util.Locale;

/** What a search result is; the popup's type filters and {@code nexus search --type}. */
public enum SearchKind {
    LEAD("Leads"), CONTACT("Contacts"), ACCOUNT("Accounts"), DEAL("Deals"), ACTIVITY("Activities"), CALL("Calls"),
    DOCUMENT("Documents");

    private final String plural;

    SearchKind(String plural) { this.plural = plural; }

    public String plural() { return plural; }

    /** "Lead", "Activity": the label beside one result. */
    public String singular() {
        return this == ACTIVITY ? "Activity" : plural.substring(0, plural.length() - 1);
    }

    /** The kind named by a user ({@code deal}, {@code deals}, {@code Deal}); a clear error for anything else. */
    public static SearchKind parse(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT);
        for (SearchKind k : values()) {
            if (k.name().equals(n) || k.plural.toUpperCase(Locale.ROOT).equals(n)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown type '" + name + "'; use lead, contact, account, deal, activity, call or document");
    }
}
