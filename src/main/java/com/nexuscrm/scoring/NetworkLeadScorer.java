package com.nexuscrm.scoring;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadScore;
import com.nexuscrm.domain.LeadScorer;
import java.time.Clock;

/** Scores workspace leads with a trained network and explains each score. */
public final class NetworkLeadScorer implements LeadScorer {
    private final LeadModel model;
    private final Clock clock;

    public NetworkLeadScorer(LeadModel model, Clock clock) {
        this.model = model;
        this.clock = clock;
    }

    public LeadModel model() { return model; }

    @Override
    public String version() { return model.version(); }

    @Override
    public LeadScore score(Lead lead) {
        return Explainer.explain(model, model.rowOf(lead, clock.instant()), WorkspaceLeads.row(lead));
    }
}
