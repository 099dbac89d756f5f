package com.nexuscrm.domain.campaign;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Reads the lead or contact a campaign reaches (port; {@code storage.StoredCampaignRecipients}). */
public interface RecipientDirectory {
    Optional<Recipient> find(PersonRef person);

    /**
     * The full names of these people (their company after a comma when they have one), for lists; people no longer
     * there are left out. The default reads one by one; the store reads them in bulk.
     */
    default Map<PersonRef, String> names(Collection<PersonRef> people) {
        Map<PersonRef, String> names = new HashMap<>();
        for (PersonRef person : people) {
            find(person).ifPresent(r -> names.put(person, label(r.fullName(), r.company())));
        }
        return names;
    }

    /** These people as recipients (people no longer there are left out); the default reads one by one. */
    default Map<PersonRef, Recipient> findAll(Collection<PersonRef> people) {
        Map<PersonRef, Recipient> found = new HashMap<>();
        for (PersonRef person : people) {
            find(person).ifPresent(r -> found.put(person, r));
        }
        return found;
    }

    /** "Ana Adams, Acme" or "Ana Adams" without a company. */
    static String label(String fullName, String company) {
        String name = fullName == null || fullName.isBlank() ? "(no name)" : fullName.strip();
        return company == null || company.isBlank() ? name : name + ", " + company.strip();
    }
}
