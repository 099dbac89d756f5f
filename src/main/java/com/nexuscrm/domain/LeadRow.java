package com.nexuscrm.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** The columns of one lead in the inbox: small, immutable and cheap to hold 100k of. */
public record LeadRow(UUID id, String firstName, String lastName, String email, String company,
                      String title, String country, String industry, Integer employees,
                      String source, LeadStatus status, UUID ownerId, Integer score,
                      Instant createdAt, Instant lastActivityAt, Integer previousScore, LeadPriority priority,
                      Instant slaDueAt, Instant firstResponseAt, Instant routedAt) {

    /** Score change at the last rescoring: positive when it rose, 0 when unknown or unchanged. */
    public int scoreTrend() {
        return score == null || previousScore == null ? 0 : score - previousScore;
    }

    public String fullName() {
        return firstName == null || firstName.isBlank() ? lastName : firstName + " " + lastName;
    }

    /** Lower-case text the inbox search matches against. */
    public String searchText() {
        return (fullName() + '\u0001' + nullToEmpty(email) + '\u0001' + nullToEmpty(company) + '\u0001'
                + nullToEmpty(title) + '\u0001' + nullToEmpty(country) + '\u0001' + nullToEmpty(industry))
                .toLowerCase(Locale.ROOT);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
