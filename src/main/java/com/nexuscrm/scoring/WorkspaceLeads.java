package com.nexuscrm.scoring;

import static com.nexuscrm.scoring.Column.Kind.CATEGORY;
import static com.nexuscrm.scoring.Column.Kind.FLAG;
import static com.nexuscrm.scoring.Column.Kind.NUMBER;
import static com.nexuscrm.scoring.Column.Kind.TOKENS;
import static com.nexuscrm.scoring.Family.ENGAGEMENT;
import static com.nexuscrm.scoring.Family.FIT;
import static com.nexuscrm.scoring.Family.INTENT;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadSource;
import com.nexuscrm.domain.LeadStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The features of a workspace lead, in three documented families (docs/architecture.md lists them).
 * Counts below zero are absurd and count as missing. Activity counts of a lead younger than a month are
 * divided by its {@link Maturity} share, so a new lead is compared with mature leads fairly. Recency and
 * the span of activity are deliberately not features: a closed lead's last activity sits just before its
 * closing, and the history does not record when that was, so a model would learn how long each outcome
 * takes to close instead of who converts.
 */
public final class WorkspaceLeads {
    static final double TOO_NEW = 0.4;
    public static final List<Column> COLUMNS = List.of(
            new Column("industry", "Industry", FIT, CATEGORY),
            new Column("employees", "Employees", FIT, NUMBER),
            new Column("annualRevenue", "Annual revenue", FIT, NUMBER),
            new Column("country", "Country", FIT, CATEGORY),
            new Column("seniority", "Seniority", FIT, CATEGORY),
            new Column("department", "Department", FIT, CATEGORY),
            new Column("technologies", "Tech stack", FIT, TOKENS),
            new Column("source", "Source", INTENT, CATEGORY),
            new Column("pricingPageVisits", "Pricing page visits", INTENT, NUMBER),
            new Column("demoRequested", "Demo requested", INTENT, FLAG),
            new Column("contentDownloads", "Content downloads", INTENT, NUMBER),
            new Column("searchTerms", "Search terms", INTENT, TOKENS),
            new Column("emailOpens", "Email opens", ENGAGEMENT, NUMBER),
            new Column("emailClicks", "Email clicks", ENGAGEMENT, NUMBER),
            new Column("emailReplies", "Email replies", ENGAGEMENT, NUMBER),
            new Column("webSessions", "Web sessions", ENGAGEMENT, NUMBER),
            new Column("timeOnSiteMinutes", "Minutes on site", ENGAGEMENT, NUMBER));

    private WorkspaceLeads() { }

    /** The lead's feature values as stored, in {@link #COLUMNS} order: what explanations quote. */
    public static Object[] row(Lead l) {
        return row(l, 1);
    }

    /** The values the network sees: activity counts scaled up by the lead's maturity share. */
    static Object[] row(Lead l, Maturity maturity, Instant now) {
        return row(l, maturity.share(l, now));
    }

    private static Object[] row(Lead l, double share) {
        return new Object[] {
            blankToNull(l.getIndustry()), number(l.getEmployees()),
            l.getAnnualRevenue() == null || l.getAnnualRevenue().signum() < 0 ? null : l.getAnnualRevenue().doubleValue(),
            blankToNull(l.getCountry()), JobTitles.seniority(l.getTitle()), JobTitles.department(l.getTitle()),
            tokens(l.getTechnologies(), ","),
            l.getSource() == null ? null : LeadSource.labelOf(l.getSource()),
            count(l.getPricingPageVisits(), share), l.isDemoRequested(), count(l.getContentDownloads(), share),
            tokens(l.getSearchTerms(), "[,;]"),
            count(l.getEmailOpens(), share), count(l.getEmailClicks(), share), count(l.getEmailReplies(), share),
            count(l.getWebSessions(), share),
            l.getTimeOnSiteSeconds() < 0 || share < TOO_NEW ? null : l.getTimeOnSiteSeconds() / 60.0 / share};
    }

    /**
     * Resolved leads with their outcome: converted is 1; disqualified or moved to nurture is 0. Open
     * leads have no outcome yet and are left out.
     */
    public static LabelledTable trainingTable(List<Lead> leads, Maturity maturity, Instant now, String source) {
        List<Object[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (Lead lead : leads) {
            Integer label = outcome(lead);
            if (label != null && !lead.isDeleted()) {
                rows.add(row(lead, maturity, now));
                labels.add(label);
            }
        }
        return new LabelledTable(COLUMNS, rows, labels.stream().mapToInt(Integer::intValue).toArray(), source);
    }

    static Integer outcome(Lead lead) {
        if (lead.getConvertedAt() != null || lead.getStatus() == LeadStatus.CONVERTED) {
            return 1;
        }
        return lead.getStatus() == LeadStatus.DISQUALIFIED || lead.getStatus() == LeadStatus.NURTURE ? 0 : null;
    }

    /**
     * A count scaled to a mature lead's; unknown for a lead so new (under {@value #TOO_NEW} of a mature lead's
     * activity) that its counts say more about its age than about its interest.
     */
    private static Double count(int value, double share) {
        return value < 0 || share < TOO_NEW ? null : value / share;
    }

    private static Double number(Integer value) {
        return value == null || value < 0 ? null : value.doubleValue();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static List<String> tokens(String text, String separator) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(text.split(separator)).map(t -> t.trim().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty()).distinct().toList();
    }

}
