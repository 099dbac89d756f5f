package com.nexuscrm.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The domain's validation rules for each record type. Field names are the Java property names, which
 * the UI and the importer map to their own labels.
 */
public final class RecordRules {
    private RecordRules() { }

    /** Every rule the record breaks; empty when it is valid. */
    public static List<FieldError> check(SyncedRecord record) {
        List<FieldError> errors = new ArrayList<>();
        if (record instanceof Lead lead) {
            lead(errors, lead);
        } else if (record instanceof Account account) {
            account(errors, account);
        } else if (record instanceof Contact contact) {
            contact(errors, contact);
        } else if (record instanceof Deal deal) {
            deal(errors, deal);
        } else if (record instanceof User user) {
            user(errors, user);
        } else if (record instanceof Team team) {
            FieldRules.required(errors, "name", team.getName());
        } else if (record instanceof Activity activity) {
            FieldRules.required(errors, "type", activity.getType());
            FieldRules.required(errors, "subject", activity.getSubject());
            FieldRules.required(errors, "occurredAt", activity.getOccurredAt());
        }
        return errors;
    }

    /** Throws {@link ValidationException} listing every broken rule. */
    public static void require(SyncedRecord record) {
        List<FieldError> errors = check(record);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void lead(List<FieldError> e, Lead l) {
        FieldRules.required(e, "lastName", l.getLastName());
        FieldRules.maxLength(e, "firstName", l.getFirstName(), 80);
        FieldRules.maxLength(e, "lastName", l.getLastName(), 80);
        FieldRules.maxLength(e, "company", l.getCompany(), 200);
        FieldRules.maxLength(e, "title", l.getTitle(), 120);
        FieldRules.email(e, "email", l.getEmail());
        FieldRules.phone(e, "phone", l.getPhone());
        FieldRules.domain(e, "domain", l.getDomain());
        FieldRules.required(e, "status", l.getStatus());
        FieldRules.required(e, "source", l.getSource());
        FieldRules.nonNegative(e, "employees", l.getEmployees());
        FieldRules.amount(e, "annualRevenue", l.getAnnualRevenue());
        for (var counter : new Object[][] {
                {"pricingPageVisits", l.getPricingPageVisits()}, {"contentDownloads", l.getContentDownloads()},
                {"emailOpens", l.getEmailOpens()}, {"emailClicks", l.getEmailClicks()},
                {"emailReplies", l.getEmailReplies()}, {"webSessions", l.getWebSessions()},
                {"timeOnSiteSeconds", l.getTimeOnSiteSeconds()}}) {
            FieldRules.nonNegative(e, (String) counter[0], (Number) counter[1]);
        }
        if (l.getStatus() == LeadStatus.CONVERTED && l.getConvertedAt() == null) {
            e.add(new FieldError("convertedAt", "is required when the status is Converted"));
        }
    }

    private static void account(List<FieldError> e, Account a) {
        FieldRules.required(e, "name", a.getName());
        FieldRules.maxLength(e, "name", a.getName(), 200);
        FieldRules.domain(e, "domain", a.getDomain());
        FieldRules.phone(e, "phone", a.getPhone());
        FieldRules.nonNegative(e, "employees", a.getEmployees());
        FieldRules.amount(e, "annualRevenue", a.getAnnualRevenue());
    }

    private static void contact(List<FieldError> e, Contact c) {
        FieldRules.required(e, "lastName", c.getLastName());
        FieldRules.maxLength(e, "lastName", c.getLastName(), 80);
        FieldRules.email(e, "email", c.getEmail());
        FieldRules.phone(e, "phone", c.getPhone());
    }

    private static void deal(List<FieldError> e, Deal d) {
        FieldRules.required(e, "name", d.getName());
        FieldRules.required(e, "stage", d.getStage());
        FieldRules.required(e, "amount", d.getAmount());
        FieldRules.amount(e, "amount", d.getAmount());
        FieldRules.required(e, "closeDate", d.getCloseDate());
        FieldRules.plausibleDate(e, "closeDate", d.getCloseDate());
        if (d.getCurrency() == null || !d.getCurrency().matches("[A-Z]{3}")) {
            e.add(new FieldError("currency", "must be a 3-letter ISO code such as USD"));
        }
        if (d.getStage() != null && d.getStage().isClosed() && d.getClosedAt() == null) {
            e.add(new FieldError("closedAt", "is required when the deal is closed"));
        }
    }

    private static void user(List<FieldError> e, User u) {
        FieldRules.required(e, "displayName", u.getDisplayName());
        FieldRules.required(e, "email", u.getEmail());
        FieldRules.email(e, "email", u.getEmail());
        FieldRules.required(e, "role", u.getRole());
        if (u.getWorkdayStart() < 0 || u.getWorkdayEnd() > 24 || u.getWorkdayStart() >= u.getWorkdayEnd()) {
            e.add(new FieldError("workdayStart", "working hours must satisfy 0 <= start < end <= 24"));
        }
    }
}
