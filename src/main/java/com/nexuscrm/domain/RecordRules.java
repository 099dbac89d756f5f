package com.nexuscrm.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The domain's validation rules for each record type. Field names are the Java property names, which
 * the UI and the importer map to their own labels. The same rules guard the form, the importer, every
 * repository write, the team server's push (for values typed elsewhere) and the workstation's pull.
 *
 * <p>Every text field has a length limit and refuses control characters (a NUL broke PostgreSQL's
 * history inserts); free text such as notes may hold newlines and tabs.
 */
public final class RecordRules {
    /** Names, subjects and other one-line text. */
    static final int LINE = 200;
    /** Longer one-line lists such as technologies or search terms. */
    static final int LIST = 2_000;
    /** Notes and message bodies. */
    static final int BODY = 100_000;

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
            team(errors, team);
        } else if (record instanceof Activity activity) {
            activity(errors, activity);
        } else if (record instanceof CallRecording call) {
            call(errors, call);
        } else if (record instanceof TeamSetting setting) {
            teamSetting(errors, setting);
        } else if (!DealRules.check(errors, record)) {
            EngagementRules.check(errors, record);
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
        FieldRules.line(e, "firstName", l.getFirstName(), 80);
        FieldRules.line(e, "lastName", l.getLastName(), 80);
        FieldRules.line(e, "company", l.getCompany(), 200);
        FieldRules.line(e, "title", l.getTitle(), 120);
        firmographics(e, l.getIndustry(), l.getCountry(), l.getCity(), l.getTechnologies());
        FieldRules.line(e, "searchTerms", l.getSearchTerms(), LIST);
        FieldRules.email(e, "email", l.getEmail());
        FieldRules.phone(e, "phone", l.getPhone());
        FieldRules.domain(e, "domain", l.getDomain());
        FieldRules.required(e, "status", l.getStatus());
        FieldRules.required(e, "source", l.getSource());
        FieldRules.line(e, "source", l.getSource(), Picklist.MAX_LABEL);
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

    private static void firmographics(List<FieldError> e, String industry, String country, String city, String technologies) {
        FieldRules.line(e, "industry", industry, 100);
        FieldRules.line(e, "country", country, 100);
        FieldRules.line(e, "city", city, 100);
        FieldRules.line(e, "technologies", technologies, LIST);
    }

    private static void account(List<FieldError> e, Account a) {
        FieldRules.required(e, "name", a.getName());
        FieldRules.line(e, "name", a.getName(), 200);
        firmographics(e, a.getIndustry(), a.getCountry(), a.getCity(), a.getTechnologies());
        FieldRules.line(e, "website", a.getWebsite(), 500);
        FieldRules.domain(e, "domain", a.getDomain());
        FieldRules.phone(e, "phone", a.getPhone());
        FieldRules.nonNegative(e, "employees", a.getEmployees());
        FieldRules.amount(e, "annualRevenue", a.getAnnualRevenue());
    }

    private static void contact(List<FieldError> e, Contact c) {
        FieldRules.required(e, "lastName", c.getLastName());
        FieldRules.line(e, "firstName", c.getFirstName(), 80);
        FieldRules.line(e, "lastName", c.getLastName(), 80);
        FieldRules.line(e, "title", c.getTitle(), 120);
        FieldRules.email(e, "email", c.getEmail());
        FieldRules.phone(e, "phone", c.getPhone());
    }

    private static void deal(List<FieldError> e, Deal d) {
        FieldRules.required(e, "name", d.getName());
        FieldRules.line(e, "name", d.getName(), LINE);
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
        FieldRules.text(e, "lostReason", d.getLostReason(), LINE);
        FieldRules.text(e, "wonReason", d.getWonReason(), LINE);
        FieldRules.line(e, "lastCallObjections", d.getLastCallObjections(), LIST);
        FieldRules.line(e, "lastCallCompetitors", d.getLastCallCompetitors(), LIST);
        FieldRules.line(e, "lastCallSignals", d.getLastCallSignals(), LIST);
    }

    private static void user(List<FieldError> e, User u) {
        FieldRules.required(e, "displayName", u.getDisplayName());
        FieldRules.line(e, "displayName", u.getDisplayName(), LINE);
        FieldRules.required(e, "email", u.getEmail());
        FieldRules.email(e, "email", u.getEmail());
        FieldRules.required(e, "role", u.getRole());
        FieldRules.line(e, "segment", u.getSegment(), LINE);
        FieldRules.line(e, "timeZone", u.getTimeZone(), 64);
        if (u.getWorkdayStart() < 0 || u.getWorkdayEnd() > 24 || u.getWorkdayStart() >= u.getWorkdayEnd()) {
            e.add(new FieldError("workdayStart", "working hours must satisfy 0 <= start < end <= 24"));
        }
    }

    private static void team(List<FieldError> e, Team t) {
        FieldRules.required(e, "name", t.getName());
        FieldRules.line(e, "name", t.getName(), LINE);
        FieldRules.line(e, "segment", t.getSegment(), LINE);
    }

    /**
     * The JSON inside is checked by the layers that read JSON (the wire check and the settings use case); that
     * the id is the team's and name's ({@link TeamSetting#idFor}) by the team server, which knows the record's id.
     */
    private static void teamSetting(List<FieldError> e, TeamSetting s) {
        FieldRules.required(e, "teamId", s.getTeamId());
        FieldRules.required(e, "name", s.getName());
        FieldRules.required(e, "content", s.getContent());
        if (s.getName() != null && !TeamSetting.isKnownName(s.getName())) {
            e.add(new FieldError("name", "'" + FieldRules.quote(s.getName()) + "' is not a team setting"));
        }
        FieldRules.text(e, "content", s.getContent(), TeamSetting.MAX_CONTENT);
    }

    private static void activity(List<FieldError> e, Activity a) {
        FieldRules.required(e, "type", a.getType());
        FieldRules.required(e, "subject", a.getSubject());
        FieldRules.line(e, "subject", a.getSubject(), 500);
        FieldRules.text(e, "body", a.getBody(), BODY);
        FieldRules.required(e, "occurredAt", a.getOccurredAt());
        FieldRules.nonNegative(e, "durationSeconds", a.getDurationSeconds());
        FieldRules.line(e, "outcome", a.getOutcome(), LINE);
    }

    private static void call(List<FieldError> e, CallRecording c) {
        FieldRules.line(e, "fileName", c.getFileName(), 255);
        FieldRules.line(e, "status", c.getStatus(), 40);
        FieldRules.text(e, "statusDetail", c.getStatusDetail(), LIST);
        // A shared transcript of a three-hour call with word times is about 2 MB of JSON.
        FieldRules.text(e, "transcriptJson", c.getTranscriptJson(), 4_000_000);
        FieldRules.text(e, "analysisJson", c.getAnalysisJson(), 1_000_000);
        FieldRules.nonNegative(e, "durationSeconds", c.getDurationSeconds());
    }
}
