package com.nexuscrm.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** The columns of one account in the accounts list: small and immutable. */
public record AccountRow(UUID id, String name, String domain, String industry, String country, String city,
                         Integer employees, BigDecimal annualRevenue, UUID ownerId, Instant createdAt) {

    /** Lower-case text the list's search matches against: name, domain, industry, country, city. */
    public String searchText() {
        return String.join("\u0001", text(name), text(domain), text(industry), text(country), text(city))
                .toLowerCase(Locale.ROOT);
    }

    static String text(String s) {
        return s == null ? "" : s;
    }
}
