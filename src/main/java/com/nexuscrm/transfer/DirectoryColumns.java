package com.nexuscrm.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of a company directory CSV holds which company field. A header that is a field's own name
 * ("Annual Revenue", "annual_revenue") wins; otherwise the first column with a known synonym ("Website",
 * "Company Name", "Headcount", "Tech Stack"...). Columns left over are ignored and listed in the result.
 */
final class DirectoryColumns {
    /** The company fields, in {@code CompanyProfile} order. */
    static final List<String> FIELDS = List.of("domain", "name", "industry", "employees", "annualRevenue", "country",
            "technologies");
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("website", "domain"), Map.entry("url", "domain"), Map.entry("web", "domain"),
            Map.entry("homepage", "domain"), Map.entry("companydomain", "domain"), Map.entry("domainname", "domain"),
            Map.entry("websiteurl", "domain"), Map.entry("emaildomain", "domain"),
            Map.entry("company", "name"), Map.entry("companyname", "name"), Map.entry("organization", "name"),
            Map.entry("organisation", "name"), Map.entry("account", "name"), Map.entry("accountname", "name"),
            Map.entry("businessname", "name"), Map.entry("legalname", "name"),
            Map.entry("vertical", "industry"), Map.entry("staff", "employees"), Map.entry("size", "employees"),
            Map.entry("turnover", "annualRevenue"), Map.entry("annualsales", "annualRevenue"),
            Map.entry("hqcountry", "country"), Map.entry("headquarterscountry", "country"),
            Map.entry("tech", "technologies"), Map.entry("technographics", "technologies"),
            Map.entry("tools", "technologies"));

    private final List<String> headers;
    /** The field of each column, or null when the column is ignored. */
    private final String[] fieldByColumn;

    private DirectoryColumns(List<String> headers) {
        this.headers = headers;
        this.fieldByColumn = new String[headers.size()];
        for (int i = 0; i < headers.size(); i++) {
            String key = HeaderSynonyms.normalize(headers.get(i));
            Optional<String> field = FIELDS.stream().filter(f -> HeaderSynonyms.normalize(f).equals(key)).findFirst();
            if (field.isPresent() && column(field.get()) < 0) {
                fieldByColumn[i] = field.get();
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            String field = synonym(headers.get(i));
            if (fieldByColumn[i] == null && field != null && column(field) < 0) {
                fieldByColumn[i] = field;
            }
        }
    }

    static DirectoryColumns of(List<String> headers) {
        return new DirectoryColumns(headers);
    }

    private static String synonym(String header) {
        String field = SYNONYMS.get(HeaderSynonyms.normalize(header));
        return field != null ? field : HeaderSynonyms.commonField(header).filter(FIELDS::contains).orElse(null);
    }

    /** The column holding the field, or -1. */
    int column(String field) {
        return Arrays.asList(fieldByColumn).indexOf(field);
    }

    /** The header of the column that holds the field, for messages. */
    String header(String field) {
        int column = column(field);
        return column < 0 ? field : headers.get(column);
    }

    List<String> ignored() {
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (fieldByColumn[i] == null) {
                ignored.add(headers.get(i));
            }
        }
        return ignored;
    }
}
