package com.nexuscrm.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Copies a directory company's firmographics into the empty fields of a lead. A field that holds a value
 * (anything but null or blank) is never touched: what a person entered always wins.
 */
public final class LeadEnricher {
    /** The lead fields enrichment may fill, by their Java names. */
    public static final List<String> FIELDS = List.of("company", "domain", "industry", "employees", "annualRevenue",
            "country", "technologies");

    private LeadEnricher() { }

    /** True when at least one of {@link #FIELDS} is empty. */
    public static boolean hasEmptyField(Lead lead) {
        return isEmpty(lead.getCompany()) || isEmpty(lead.getDomain()) || isEmpty(lead.getIndustry())
                || isEmpty(lead.getEmployees()) || isEmpty(lead.getAnnualRevenue()) || isEmpty(lead.getCountry())
                || isEmpty(lead.getTechnologies());
    }

    /**
     * Fills the lead's empty fields from the company and returns what was filled, with its provenance;
     * empty when the lead already had every value the company offers.
     */
    public static List<EnrichedField> fill(Lead lead, CompanyProfile company, String source, Instant at,
                                           String matchedBy) {
        List<EnrichedField> filled = new ArrayList<>();
        Filler filler = new Filler() {
            @Override
            public <T> void fill(String field, T current, T offered, Consumer<T> setter) {
                if (isEmpty(current) && !isEmpty(offered)) {
                    setter.accept(offered);
                    String text = offered instanceof BigDecimal amount ? amount.toPlainString() : offered.toString();
                    filled.add(new EnrichedField(lead.getId(), field, text, source, at, matchedBy));
                }
            }
        };
        filler.fill("company", lead.getCompany(), company.name(), lead::setCompany);
        filler.fill("domain", lead.getDomain(), company.domain(), lead::setDomain);
        filler.fill("industry", lead.getIndustry(), company.industry(), lead::setIndustry);
        filler.fill("employees", lead.getEmployees(), company.employees(), lead::setEmployees);
        filler.fill("annualRevenue", lead.getAnnualRevenue(), company.annualRevenue(), lead::setAnnualRevenue);
        filler.fill("country", lead.getCountry(), company.country(), lead::setCountry);
        filler.fill("technologies", lead.getTechnologies(), company.technologies(), lead::setTechnologies);
        return filled;
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof String s && s.isBlank();
    }

    private interface Filler {
        <T> void fill(String field, T current, T offered, Consumer<T> setter);
    }
}
