package com.nexuscrm.domain;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * The ids of the records a lead conversion creates, derived from what they are (name-based UUIDs) rather than
 * drawn at random. Two workstations that convert the same lead while offline therefore create the same contact
 * and deal ids, and two that create an account for the same company (same domain, or same name when there is no
 * domain) create the same account id: the team server sees concurrent edits of one record, never two records.
 */
public final class ConversionIds {
    private ConversionIds() { }

    public static UUID contactOf(UUID leadId) {
        return named("lead-contact/" + leadId);
    }

    public static UUID dealOf(UUID leadId) {
        return named("lead-deal/" + leadId);
    }

    /** The account id used when the company's own id is taken (a deleted or merged account held it). */
    public static UUID accountOfLead(UUID leadId) {
        return named("lead-account/" + leadId);
    }

    /** The account id of a company known by its normalised domain, else by its name key; empty for neither. */
    public static Optional<UUID> accountOfCompany(String domain, String nameKey) {
        if (domain != null && !domain.isBlank()) {
            return Optional.of(named("company-domain/" + domain));
        }
        if (nameKey != null && !nameKey.isBlank()) {
            return Optional.of(named("company-name/" + nameKey));
        }
        return Optional.empty();
    }

    private static UUID named(String name) {
        return UUID.nameUUIDFromBytes(("nexuscrm/" + name).getBytes(StandardCharsets.UTF_8));
    }
}
