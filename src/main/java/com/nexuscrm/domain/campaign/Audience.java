package com.nexuscrm.domain.campaign;

/**
 * Who a campaign is for: a saved filter of the leads or customers lists by name, or simple criteria text
 * (for example {@code status=NURTURE}); either may be null. Enrolment reads it; it does not select by itself yet.
 */
public record Audience(String savedFilter, String criteria) {
    public static final Audience MANUAL = new Audience(null, null);
}
