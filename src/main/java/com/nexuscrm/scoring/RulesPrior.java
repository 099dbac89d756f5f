package com.nexuscrm.scoring;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadScore;
import com.nexuscrm.domain.LeadScorer;
import com.nexuscrm.domain.LeadSource;
import com.nexuscrm.domain.ScoreFactor;
import java.util.ArrayList;
import java.util.List;

/**
 * The transparent points table used until a workspace has enough history for a network (fewer than
 * {@link LeadTrainer#MINIMUM_CONVERSIONS} conversions). A lead starts at {@value #BASE} points; each rule
 * that applies adds or takes away the points it lists. It is a prior, not a prediction: the probability
 * it reports is the score over 100, uncalibrated.
 */
public final class RulesPrior implements LeadScorer {
    public static final String VERSION = "rules-prior";
    static final int BASE = 20;

    @Override
    public String version() { return VERSION; }

    @Override
    public LeadScore score(Lead lead) {
        List<ScoreFactor> fit = fit(lead);
        List<ScoreFactor> intent = intent(lead);
        List<ScoreFactor> engagement = engagement(lead);
        List<ScoreFactor> all = new ArrayList<>(fit);
        all.addAll(intent);
        all.addAll(engagement);
        int score = LeadScore.toScore((BASE + sum(all)) / 100.0);
        return new LeadScore(score, score / 100.0, part(fit), part(intent), part(engagement), VERSION,
                Explainer.top(all));
    }

    private static List<ScoreFactor> fit(Lead l) {
        List<ScoreFactor> f = new ArrayList<>();
        String seniority = JobTitles.seniority(l.getTitle());
        if (seniority != null) {
            switch (seniority) {
                case "C-level", "VP" -> f.add(new ScoreFactor("Seniority: " + seniority + " (can sign)", 10));
                case "Director" -> f.add(new ScoreFactor("Seniority: Director", 6));
                case "Individual contributor" -> f.add(new ScoreFactor("Individual contributor title", -4));
                default -> { }
            }
        }
        Integer employees = l.getEmployees();
        if (employees == null || employees < 0) {
            f.add(new ScoreFactor("Company size unknown", -2));
        } else if (employees >= 200) {
            f.add(new ScoreFactor(employees + " employees (mid-market or larger)", 6));
        } else if (employees < 20) {
            f.add(new ScoreFactor("Only " + employees + " employees", -6));
        }
        return f;
    }

    private static List<ScoreFactor> intent(Lead l) {
        List<ScoreFactor> f = new ArrayList<>();
        if (l.isDemoRequested()) {
            f.add(new ScoreFactor("Requested a demo", 20));
        }
        if (l.getPricingPageVisits() > 0) {
            f.add(new ScoreFactor(Phrases.describe(column("pricingPageVisits"), (double) l.getPricingPageVisits()),
                    Math.min(12, 4 * l.getPricingPageVisits())));
        }
        if (l.getContentDownloads() > 0) {
            f.add(new ScoreFactor(Phrases.describe(column("contentDownloads"), (double) l.getContentDownloads()),
                    Math.min(6, 2 * l.getContentDownloads())));
        }
        LeadSource source = LeadSource.of(l.getSource()).orElse(null);
        if (source == LeadSource.REFERRAL || source == LeadSource.PARTNER) {
            f.add(new ScoreFactor("Came from " + source.label(), 8));
        } else if (source == LeadSource.OUTBOUND || source == LeadSource.IMPORT) {
            f.add(new ScoreFactor("Came from " + source.label() + " (not inbound)", -5));
        }
        return f;
    }

    private static List<ScoreFactor> engagement(Lead l) {
        List<ScoreFactor> f = new ArrayList<>();
        if (l.getEmailReplies() > 0) {
            f.add(new ScoreFactor(Phrases.describe(column("emailReplies"), (double) l.getEmailReplies()),
                    Math.min(10, 5 * l.getEmailReplies())));
        }
        if (l.getEmailClicks() > 0) {
            f.add(new ScoreFactor(Phrases.describe(column("emailClicks"), (double) l.getEmailClicks()),
                    Math.min(6, 2 * l.getEmailClicks())));
        }
        if (l.getWebSessions() >= 5) {
            f.add(new ScoreFactor(Phrases.describe(column("webSessions"), (double) l.getWebSessions()), 5));
        }
        if (Math.max(0, l.getEmailOpens()) + Math.max(0, l.getWebSessions()) == 0) {
            f.add(new ScoreFactor("No email opens or website visits yet", -8));
        }
        return f;
    }

    private static Column column(String name) {
        return WorkspaceLeads.COLUMNS.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static int sum(List<ScoreFactor> factors) {
        return factors.stream().mapToInt(ScoreFactor::points).sum();
    }

    private static int part(List<ScoreFactor> factors) {
        return LeadScore.toScore((BASE + sum(factors)) / 100.0);
    }
}
