package com.nexuscrm.ui.leads;

import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.domain.Lead;
import java.util.ArrayList;
import java.util.List;

/** Plain-words summary of a lead's intent and engagement signals for the detail pane. */
final class LeadSignals {

    private LeadSignals() { }

    static String describe(Lead lead) {
        List<String> lines = new ArrayList<>();
        lines.add("Intent: " + lead.getPricingPageVisits() + " pricing-page visits, " + lead.getContentDownloads()
                + " downloads" + (lead.isDemoRequested() ? ", demo requested" : ", no demo request"));
        if (lead.getSearchTerms() != null && !lead.getSearchTerms().isBlank()) {
            lines.add("Searched for: " + lead.getSearchTerms());
        }
        lines.add("Engagement: " + lead.getEmailOpens() + " opens, " + lead.getEmailClicks() + " clicks, "
                + lead.getEmailReplies() + " replies, " + lead.getWebSessions() + " web sessions ("
                + Math.round(lead.getTimeOnSiteSeconds() / 60.0) + " min on site)");
        if (lead.getLastActivityAt() != null) {
            lines.add("Last activity: " + Formats.user().day(lead.getLastActivityAt()));
        }
        if (lead.getTechnologies() != null && !lead.getTechnologies().isBlank()) {
            lines.add("Tech stack: " + lead.getTechnologies());
        }
        return String.join("\n", lines);
    }
}
