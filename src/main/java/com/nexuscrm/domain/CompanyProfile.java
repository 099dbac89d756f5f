package com.nexuscrm.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One company of the offline company directory: the firmographics that enrichment copies into a lead's
 * empty fields. {@code domain} is the key (lower case, without {@code www.}); every other value may be
 * null. Local reference data, not a synced record.
 */
public record CompanyProfile(String domain, String name, String industry, Integer employees,
                             BigDecimal annualRevenue, String country, String technologies) {
    /** The column sizes of the lead fields these values are copied into. */
    static final int NAME_MAX = 200;
    static final int DOMAIN_MAX = 200;
    static final int INDUSTRY_MAX = 80;
    static final int COUNTRY_MAX = 80;
    static final int TECHNOLOGIES_MAX = 500;

    /**
     * Every rule the profile breaks, by field (the Java names above). A profile that passes can fill any
     * lead without breaking the lead's own rules.
     */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        if (FieldRules.isBlank(domain)) {
            errors.add(new FieldError("domain", "is empty; every company needs its domain (e.g. acme.com)"));
        } else {
            FieldRules.domain(errors, "domain", domain);
        }
        FieldRules.maxLength(errors, "domain", domain, DOMAIN_MAX);
        FieldRules.maxLength(errors, "name", name, NAME_MAX);
        FieldRules.maxLength(errors, "industry", industry, INDUSTRY_MAX);
        FieldRules.maxLength(errors, "country", country, COUNTRY_MAX);
        FieldRules.maxLength(errors, "technologies", technologies, TECHNOLOGIES_MAX);
        FieldRules.nonNegative(errors, "employees", employees);
        FieldRules.amount(errors, "annualRevenue", annualRevenue);
        return errors;
    }
}
