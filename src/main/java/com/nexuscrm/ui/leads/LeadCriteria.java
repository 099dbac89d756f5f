package com.nexuscrm.ui.leads;

import com.nexuscrm.domain.LeadRow;
import com.nexuscrm.domain.LeadStatus;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * What the inbox shows: free-text search plus one filter per filterable column. Null means "any".
 * Search matches every whitespace-separated term against name, email, company, title, country, industry.
 * {@code source} is a key of the team's lead-source list (a built-in one is the {@code LeadSource} name).
 */
public record LeadCriteria(String search, LeadStatus status, String source, OwnerChoice owner, boolean openOnly) {
    public static final LeadCriteria ALL = new LeadCriteria("", null, null, OwnerChoice.ANY, false);

    public Predicate<LeadItem> predicate(UUID me) {
        String[] terms = search == null || search.isBlank() ? new String[0]
                : search.trim().toLowerCase(Locale.ROOT).split("\\s+");
        OwnerChoice ownerChoice = owner == null ? OwnerChoice.ANY : owner;
        return item -> {
            LeadRow row = item.row();
            if (status != null ? row.status() != status : openOnly && !row.status().isOpen()) {
                return false;
            }
            if (source != null && !source.equals(row.source())) {
                return false;
            }
            if (!ownerChoice.matches(row.ownerId(), me)) {
                return false;
            }
            for (String term : terms) {
                if (!item.haystack().contains(term)) {
                    return false;
                }
            }
            return true;
        };
    }
}
