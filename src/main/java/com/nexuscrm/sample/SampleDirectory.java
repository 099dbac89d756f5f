package com.nexuscrm.sample;

import com.nexuscrm.domain.CompanyProfile;
import com.nexuscrm.domain.DirectoryImport;
import com.nexuscrm.domain.EnrichedField;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadSource;
import com.nexuscrm.domain.SampleSink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample's company directory, so that enrichment can be seen on the sample workspace: every company of
 * the pool plus some that no lead works at yet (a new lead at one of them gets enriched), imported as
 * {@value #FILE_NAME}. Website leads came in through a form that asked only for name, email and company,
 * so their other firmographics are recorded as enriched from the directory when they were created. The
 * lead values themselves are exactly those of the pool, so scores and outcomes do not change.
 */
final class SampleDirectory {
    static final String FILE_NAME = "sample-companies.csv";
    private static final List<String> FORM_FIELDS_FILLED = List.of("domain", "industry", "employees",
            "annualRevenue", "country", "technologies");

    private final List<EnrichedField> provenance = new ArrayList<>();

    /** Remembers what enrichment filled in a website lead. */
    void noteLead(Lead lead, Company company) {
        if (!LeadSource.WEBSITE.is(lead.getSource())) {
            return;
        }
        Instant at = lead.getCreatedAt();
        String matchedBy = "email domain " + company.domain();
        CompanyProfile profile = profile(company);
        for (String field : FORM_FIELDS_FILLED) {
            provenance.add(new EnrichedField(lead.getId(), field, value(profile, field), FILE_NAME, at, matchedBy));
        }
    }

    /** Writes the directory (the pool's companies, then the extras) and the provenance noted so far. */
    void write(SampleSink sink, List<Company> companies, Instant importedAt) {
        List<CompanyProfile> profiles = companies.stream().map(SampleDirectory::profile).toList();
        for (CompanyProfile profile : profiles) {
            if (!profile.problems().isEmpty()) {
                throw new IllegalStateException("Sample company " + profile.domain() + " breaks the directory rules: "
                        + profile.problems());
            }
        }
        sink.replaceDirectory(profiles, new DirectoryImport(FILE_NAME, importedAt, profiles.size()));
        sink.recordProvenance(provenance);
    }

    private static CompanyProfile profile(Company company) {
        return new CompanyProfile(company.domain(), company.name(), company.industry(), company.employees(),
                company.annualRevenue(), company.market().country(), company.technologies());
    }

    private static String value(CompanyProfile profile, String field) {
        return switch (field) {
            case "domain" -> profile.domain();
            case "industry" -> profile.industry();
            case "employees" -> String.valueOf(profile.employees());
            case "annualRevenue" -> profile.annualRevenue().toPlainString();
            case "country" -> profile.country();
            case "technologies" -> profile.technologies();
            default -> throw new IllegalArgumentException(field);
        };
    }
}
