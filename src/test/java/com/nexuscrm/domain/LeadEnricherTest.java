package com.nexuscrm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadEnricherTest {
    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
    private static final CompanyProfile ACME = new CompanyProfile("acme.com", "Acme Robotics", "Manufacturing", 420,
            new BigDecimal("63000000"), "United States", "SAP, AWS");

    @Test
    void fillsOnlyEmptyFieldsAndKeepsWhatAPersonEntered() {
        Lead lead = new Lead();
        lead.setLastName("Lee");
        lead.setCompany("ACME (US)");
        lead.setIndustry("Robotics");
        lead.setCountry("  ");
        lead.setEmployees(0);

        List<EnrichedField> filled = LeadEnricher.fill(lead, ACME, "companies.csv", AT, "email domain acme.com");

        assertEquals("ACME (US)", lead.getCompany());
        assertEquals("Robotics", lead.getIndustry());
        assertEquals(0, lead.getEmployees(), "zero is a value a person entered, not an empty field");
        assertEquals("acme.com", lead.getDomain());
        assertEquals(new BigDecimal("63000000"), lead.getAnnualRevenue());
        assertEquals("United States", lead.getCountry(), "a blank field counts as empty");
        assertEquals("SAP, AWS", lead.getTechnologies());
        assertEquals(List.of(
                new EnrichedField(lead.getId(), "domain", "acme.com", "companies.csv", AT, "email domain acme.com"),
                new EnrichedField(lead.getId(), "annualRevenue", "63000000", "companies.csv", AT, "email domain acme.com"),
                new EnrichedField(lead.getId(), "country", "United States", "companies.csv", AT, "email domain acme.com"),
                new EnrichedField(lead.getId(), "technologies", "SAP, AWS", "companies.csv", AT, "email domain acme.com")),
                filled);
    }

    @Test
    void aCompleteLeadIsLeftAlone() {
        Lead lead = new Lead();
        lead.setLastName("Lee");
        LeadEnricher.fill(lead, ACME, "a.csv", AT, "x");
        assertTrue(!LeadEnricher.hasEmptyField(lead));
        lead.setIndustry("Aerospace");
        assertEquals(List.of(), LeadEnricher.fill(lead, new CompanyProfile("b.com", "B", "Retail", 5,
                BigDecimal.ONE, "France", "Shopify"), "b.csv", AT, "y"));
        assertEquals("Aerospace", lead.getIndustry());
        assertEquals("acme.com", lead.getDomain());
    }
}
