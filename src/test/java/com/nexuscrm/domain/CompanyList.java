package com.nexuscrm.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A company directory in a list, for matcher tests; it answers the same questions the store does. */
final class CompanyList implements CompanyLookup {
    private final List<CompanyProfile> companies;

    CompanyList(CompanyProfile... companies) {
        this.companies = List.of(companies);
    }

    static CompanyProfile company(String domain, String name, String country) {
        return new CompanyProfile(domain, name, "Software", 250, new BigDecimal("42000000"), country, "Salesforce, AWS");
    }

    @Override
    public Optional<CompanyProfile> byDomain(String domain) {
        return companies.stream().filter(c -> c.domain().equals(domain)).findFirst();
    }

    @Override
    public List<CompanyProfile> byNameKey(String key) {
        return companies.stream().filter(c -> CompanyNames.key(c.name()).equals(key)).toList();
    }

    @Override
    public List<CompanyProfile> byNameKeyPrefix(String prefix, int limit) {
        return companies.stream().filter(c -> CompanyNames.key(c.name()).startsWith(prefix)).limit(limit).toList();
    }
}
