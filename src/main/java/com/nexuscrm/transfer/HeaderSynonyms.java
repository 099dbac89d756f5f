package com.nexuscrm.transfer;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises CSV headers as record fields. Headers are compared without case, spaces, underscores or
 * punctuation ("First_Name", "first name", "FirstName" are all firstName), then through a table of common
 * spreadsheet and CRM export names. "Owner" and "Account" are deliberately not synonyms of ownerId and
 * accountId: exports usually put a name there, which is not an id, and mapping it would reject every row.
 */
final class HeaderSynonyms {
    private static final Map<String, String> COMMON = Map.ofEntries(
            Map.entry("emailaddress", "email"), Map.entry("mail", "email"), Map.entry("workemail", "email"),
            Map.entry("businessemail", "email"),
            Map.entry("first", "firstName"), Map.entry("givenname", "firstName"), Map.entry("forename", "firstName"),
            Map.entry("last", "lastName"), Map.entry("surname", "lastName"), Map.entry("familyname", "lastName"),
            Map.entry("jobtitle", "title"), Map.entry("position", "title"),
            Map.entry("phonenumber", "phone"), Map.entry("telephone", "phone"), Map.entry("tel", "phone"),
            Map.entry("mobile", "phone"), Map.entry("mobilephone", "phone"), Map.entry("workphone", "phone"),
            Map.entry("employeecount", "employees"), Map.entry("companysize", "employees"),
            Map.entry("numberofemployees", "employees"), Map.entry("noofemployees", "employees"),
            Map.entry("headcount", "employees"), Map.entry("revenue", "annualRevenue"),
            Map.entry("leadsource", "source"), Map.entry("leadstatus", "status"),
            Map.entry("countryregion", "country"), Map.entry("town", "city"), Map.entry("sector", "industry"),
            Map.entry("techstack", "technologies"), Map.entry("technology", "technologies"),
            Map.entry("created", "createdAt"), Map.entry("createddate", "createdAt"),
            Map.entry("createdon", "createdAt"), Map.entry("datecreated", "createdAt"),
            Map.entry("lastactivity", "lastActivityAt"), Map.entry("lastactivitydate", "lastActivityAt"),
            Map.entry("dealvalue", "amount"), Map.entry("value", "amount"), Map.entry("dealamount", "amount"),
            Map.entry("dealstage", "stage"), Map.entry("pipelinestage", "stage"), Map.entry("salesstage", "stage"),
            Map.entry("expectedclosedate", "closeDate"), Map.entry("closingdate", "closeDate"),
            Map.entry("currencycode", "currency"), Map.entry("reasonlost", "lostReason"),
            Map.entry("contactid", "primaryContactId"), Map.entry("website", "website"),
            Map.entry("url", "website"), Map.entry("homepage", "website"), Map.entry("web", "website"));

    /** Where the same header means a different field per kind ("Company Name" of a lead vs. an account). */
    private static final Map<RecordKind, Map<String, String>> BY_KIND = Map.of(
            RecordKind.LEADS, Map.of("companyname", "company", "organization", "company",
                    "organisation", "company", "employer", "company", "account", "company", "accountname", "company"),
            RecordKind.ACCOUNTS, Map.of("companyname", "name", "company", "name", "organization", "name",
                    "organisation", "name", "accountname", "name", "account", "name"),
            RecordKind.CONTACTS, Map.of(),
            RecordKind.DEALS, Map.of("dealname", "name", "opportunity", "name", "opportunityname", "name",
                    "deal", "name"),
            RecordKind.TICKETS, Map.of("account", "accountId", "accountname", "accountId", "company", "accountId",
                    "domain", "accountId", "customer", "accountId", "title", "subject", "summary", "subject",
                    "opened", "openedAt", "created", "openedAt", "closed", "closedAt"),
            RecordKind.USAGE, Map.of("account", "accountId", "accountname", "accountId", "company", "accountId",
                    "domain", "accountId", "customer", "accountId", "month", "periodStart", "period", "periodStart",
                    "users", "activeUsers", "licences", "seats", "licenses", "seats"));

    private HeaderSynonyms() { }

    /** The field whose own name matches the header, ignoring case, spaces and punctuation. */
    static Optional<String> exactField(RecordKind kind, String header) {
        String key = normalize(header);
        return kind.fieldNames().stream().filter(name -> normalize(name).equals(key)).findFirst();
    }

    /** The field a known synonym of the header stands for, if this kind has that field. */
    static Optional<String> synonymField(RecordKind kind, String header) {
        String key = normalize(header);
        String field = BY_KIND.get(kind).getOrDefault(key, COMMON.get(key));
        return Optional.ofNullable(field).filter(f -> kind.field(f).isPresent());
    }

    /** The field the common spreadsheet and CRM export name stands for, whatever the record kind. */
    static Optional<String> commonField(String header) {
        return Optional.ofNullable(COMMON.get(normalize(header)));
    }

    static String normalize(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
