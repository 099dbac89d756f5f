package com.nexuscrm.testing;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadSource;
import com.nexuscrm.domain.LeadStatus;
import java.time.Instant;

/** Small valid leads for tests. */
public final class Leads {
    private Leads() { }

    public static Lead lead(String first, String last, String company) {
        Lead lead = new Lead();
        lead.setFirstName(first);
        lead.setLastName(last);
        lead.setCompany(company);
        lead.setEmail((first + "." + last + "@" + company.replaceAll("[^A-Za-z]", "") + ".com").toLowerCase());
        lead.setSource(LeadSource.WEBSITE.name());
        lead.setStatus(LeadStatus.NEW);
        lead.setCreatedAt(Instant.parse("2026-11-01T09:00:00Z"));
        return lead;
    }
}
