package com.nexuscrm.usecase;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadScore;
import com.nexuscrm.domain.LeadScores;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.routing.LeadRouting;
import com.nexuscrm.scoring.LeadScoring;
import java.util.List;

/**
 * What happens when a lead is saved from the form: it is scored, and a new lead that nobody owns and that was
 * never routed is then routed on that score (owner, priority and SLA clock), so "score ≥ 80 → top performer in 5 minutes"
 * holds for leads typed in by hand as well as for imported and synced ones.
 */
public final class ScoreAndRoute implements LeadScores {
    private final LeadScoring scoring;
    private final LeadRouting routing;

    public ScoreAndRoute(LeadScoring scoring, LeadRouting routing) {
        this.scoring = scoring;
        this.routing = routing;
    }

    @Override
    public LeadScore preview(Lead lead) {
        return scoring.preview(lead);
    }

    @Override
    public LeadScore rescore(Lead lead) {
        LeadScore score = scoring.rescore(lead);
        if (lead.getStatus() == LeadStatus.NEW && lead.getRoutedAt() == null && lead.getOwnerId() == null) {
            routing.route(lead.getId());
        }
        return score;
    }

    @Override
    public List<String> warnings() {
        return scoring.warnings();
    }
}
