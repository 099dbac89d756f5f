package com.nexuscrm.sample;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The observable intent and engagement counters of a lead, drawn from its latent intent and engagement
 * with Poisson and binomial noise. {@code exposure} (0..1) scales counts down for leads too young to
 * have accumulated much activity yet.
 */
final class LeadSignals {
    private static final List<String> HIGH_INTENT_TERMS = List.of("crm pricing", "sales call recording software",
            "crm with call transcription", "best crm for sales teams", "lead scoring software comparison",
            "conversation intelligence pricing", "crm free trial");
    private static final List<String> MID_INTENT_TERMS = List.of("how to forecast pipeline", "sales coaching software",
            "crm migration checklist", "offline crm for field sales", "ai lead scoring");
    private static final List<String> LOW_INTENT_TERMS = List.of("what is a crm", "cold email templates",
            "sales kpi examples", "how to qualify leads", "bant vs meddic");

    private final Draws draws;

    LeadSignals(Draws draws) {
        this.draws = draws;
    }

    void applyIntent(Lead lead, Company company, double intent, double exposure) {
        boolean inbound = !LeadSource.OUTBOUND.is(lead.getSource()) && !LeadSource.IMPORT.is(lead.getSource());
        lead.setDemoRequested(inbound && draws.chance(Draws.sigmoid(-1.9 + 1.4 * intent)));
        lead.setPricingPageVisits(Math.min(40, draws.poisson(exposure * Math.exp(-0.3 + 0.8 * intent))));
        lead.setContentDownloads(Math.min(30, draws.poisson(exposure * Math.exp(-0.2 + 0.4 * intent))));
        lead.setSearchTerms(searchTerms(company, intent));
    }

    void applyEngagement(Lead lead, double engagement, double intent, double exposure) {
        double sends = LeadSource.OUTBOUND.is(lead.getSource()) ? 1.35 : 1.0;
        int opens = draws.poisson(sends * exposure * Math.exp(1.2 + 0.55 * engagement));
        int replies = draws.poisson(exposure * Math.exp(-1.7 + 0.9 * engagement));
        lead.setEmailOpens(Math.max(opens, replies));
        lead.setEmailClicks(draws.binomial(lead.getEmailOpens(), Draws.sigmoid(-1.5 + 0.6 * engagement)));
        lead.setEmailReplies(replies);
        int sessions = draws.poisson(exposure * Math.exp(0.8 + 0.35 * engagement + 0.3 * intent))
                + (LeadSource.OUTBOUND.is(lead.getSource()) ? 0 : 1);
        lead.setWebSessions(sessions);
        double secondsPerSession = draws.logNormal(110 * Math.exp(0.15 * engagement), 0.5);
        lead.setTimeOnSiteSeconds((int) Math.round(sessions * secondsPerSession));
    }

    private String searchTerms(Company company, double intent) {
        int count = Math.min(3, draws.poisson(Math.exp(0.1 + 0.3 * intent)));
        List<String> terms = new ArrayList<>(count);
        while (terms.size() < count) {
            String term = term(company, intent);
            if (!terms.contains(term)) {
                terms.add(term);
            }
        }
        return terms.isEmpty() ? null : String.join(", ", terms);
    }

    private String term(Company company, double intent) {
        double u = draws.uniform();
        if (u < Draws.sigmoid(-1.0 + 1.2 * intent)) {
            String incumbent = incumbentCrm(company);
            return incumbent != null && draws.chance(0.3) ? incumbent.toLowerCase() + " alternative"
                    : draws.pick(HIGH_INTENT_TERMS);
        }
        return draws.chance(0.5) ? draws.pick(MID_INTENT_TERMS) : draws.pick(LOW_INTENT_TERMS);
    }

    private static String incumbentCrm(Company company) {
        for (String crm : List.of("Salesforce", "HubSpot", "Pipedrive", "Zoho CRM")) {
            if (company.technologies().contains(crm)) {
                return crm;
            }
        }
        return null;
    }
}
