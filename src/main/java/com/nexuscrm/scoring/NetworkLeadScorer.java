package com.nexuscrm.scoring;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadScore;
import com.nexuscrm.domain.LeadScorer;

/** Scores workspace leads with a trained network and explains each score. */
public final class NetworkLeadScorer implements LeadScorer {
    private final LeadModel model;

    public NetworkLeadScorer(LeadModel model) {
        this.model = model;
    }

    public LeadModel model() { return model; }

    @Override
    public String version() { return model.version(); }

    @Override
    public LeadScore score(Lead lead) {
        return Explainer.explain(model, WorkspaceLeads.row(lead));
    }
}
