package com.nexuscrm.app.adapters;

import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.domain.LeadScorer;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.scoring.LeadScoring;
import com.nexuscrm.scoring.ModelCard;
import com.nexuscrm.scoring.NetworkLeadScorer;
import com.nexuscrm.ui.settings.TrainableModels;
import java.io.IOException;
import java.util.List;

/** Settings → Lead scoring over the workspace's {@link LeadScoring} and its registry. */
public final class ScoringModels implements TrainableModels {

    private final LeadScoring scoring;

    public ScoringModels(LeadScoring scoring) {
        this.scoring = scoring;
    }

    @Override
    public String active() {
        LeadScorer scorer = scoring.scorer();
        if (!(scorer instanceof NetworkLeadScorer network)) {
            return "In use: the rules-based prior (points for seniority, company size, demo requests, pricing visits,"
                    + " replies). Train a model once this workspace has 100 converted and 100 lost leads.";
        }
        ModelCard card = network.model().card();
        String what = card.version().equals("leads-default") ? "the built-in default model, trained on the sample workspace"
                : card.version() + ", trained " + Formats.user().day(card.trainedAt()) + " on " + card.source();
        return String.format("In use: %s. Validation AUC %.2f on %,d leads; below, how often leads in each predicted band"
                + " converted.", what, card.validation().auc(), card.validationRows());
    }

    @Override
    public List<String> warnings() {
        return scoring.warnings();
    }

    @Override
    public List<Version> versions() {
        return ModelCards.versions(scoring.registry(), "leads-v", "leads", "converted");
    }

    @Override
    public List<Reliability> reliability() {
        if (!(scoring.scorer() instanceof NetworkLeadScorer network)) {
            return List.of();
        }
        return ModelCards.reliability(network.model().card());
    }

    @Override
    public Card card() {
        if (!(scoring.scorer() instanceof NetworkLeadScorer network)) {
            return Card.NONE;
        }
        return ModelCards.card(network.model().card(), List.of());
    }

    @Override
    public Training train(Progress progress) throws IOException {
        LeadScoring.Trained t = scoring.train(progress);
        if (t.card() == null) {
            return new Training(null, null, t.notEnoughHistory());
        }
        return new Training(t.card().version(), String.format("%s is now active: validation AUC %.2f on %,d leads."
                + " Rescored %,d leads, %,d changed.", t.card().version(), t.card().validation().auc(),
                t.card().validationRows(), t.rescored().leads(), t.rescored().changed()), null);
    }

    @Override
    public void activate(String version, Progress progress) throws IOException {
        scoring.registry().activate(version);
        scoring.reload();
        scoring.rescoreAll(progress);
    }

    @Override
    public boolean rollback(Progress progress) throws IOException {
        if (!scoring.registry().rollback()) {
            return false;
        }
        scoring.reload();
        scoring.rescoreAll(progress);
        return true;
    }

    @Override
    public void useFallback(Progress progress) throws IOException {
        scoring.registry().deactivateAll();
        scoring.reload();
        scoring.rescoreAll(progress);
    }
}
