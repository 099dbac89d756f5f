package com.nexuscrm.testing;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadScore;
import com.nexuscrm.domain.LeadScores;
import com.nexuscrm.scoring.RulesPrior;
import java.util.ArrayList;
import java.util.List;

/** The real rules-based prior as the screens' scorer, recording what was stored, for ViewModel tests. */
public final class RulesScores implements LeadScores {
    private final RulesPrior prior = new RulesPrior();
    public final List<LeadScore> stored = new ArrayList<>();

    @Override
    public LeadScore preview(Lead lead) {
        return prior.score(lead);
    }

    @Override
    public LeadScore rescore(Lead lead) {
        LeadScore score = prior.score(lead);
        stored.add(score);
        return score;
    }

    @Override
    public List<String> warnings() {
        return List.of();
    }
}
