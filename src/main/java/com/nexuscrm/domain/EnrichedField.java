package com.nexuscrm.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Provenance of one lead field that enrichment filled: the value it wrote (as text), the directory file it
 * came from, when, and how the company was matched (e.g. "email domain acme.com").
 */
public record EnrichedField(UUID leadId, String field, String value, String source, Instant enrichedAt,
                            String matchedBy) {
    /**
     * True while the lead still holds the value enrichment wrote; false once someone changed it (then the
     * value is theirs, not the directory's). Numbers compare by value: 63000000 equals 63000000.00.
     */
    public boolean stillHolds(Lead lead) {
        Object current = switch (field) {
            case "company" -> lead.getCompany();
            case "domain" -> lead.getDomain();
            case "industry" -> lead.getIndustry();
            case "employees" -> lead.getEmployees();
            case "annualRevenue" -> lead.getAnnualRevenue();
            case "country" -> lead.getCountry();
            case "technologies" -> lead.getTechnologies();
            default -> null;
        };
        if (current instanceof BigDecimal amount) {
            return amount.compareTo(new BigDecimal(value)) == 0;
        }
        return current != null && current.toString().equals(value);
    }
}
