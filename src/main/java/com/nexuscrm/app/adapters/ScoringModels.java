package com.nexuscrm.app.adapters;

import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.domain.LeadScorer;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.scoring.LeadScoring;
import com.nexuscrm.scoring.Metrics;
import com.nexuscrm.scoring.ModelCard;
import com.nexuscrm.scoring.ModelRegistry;
import com.nexuscrm.scoring.NetworkLeadScorer;
import com.nexuscrm.ui.settings.LeadModels;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;

/** Settings → Lead scoring over the workspace's {@link LeadScoring} and its registry. */
public final class ScoringModels implements LeadModels {

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
        return scoring.registry().list().stream().sorted(Comparator.comparing(ModelRegistry.Entry::version,
                        Comparator.comparingInt(v -> -Integer.parseInt(v.substring("leads-v".length())))))
                .map(ScoringModels::version).toList();
    }

    private static Version version(ModelRegistry.Entry e) {
        if (e.card() == null) {
            return new Version(e.version(), e.active(), "", "", "", e.problem());
        }
        ModelCard c = e.card();
        return new Version(e.version(), e.active(), Formats.user().day(c.trainedAt()),
                String.format("%,d leads, %,d converted", c.trainingRows() + c.validationRows(), c.conversions()),
                String.format("AUC %.2f, log loss %.3f", c.validation().auc(), c.validation().logLoss()), null);
    }

    @Override
    public List<Reliability> reliability() {
        if (!(scoring.scorer() instanceof NetworkLeadScorer network)) {
            return List.of();
        }
        return network.model().card().validation().reliability().stream().map(ScoringModels::row).toList();
    }

    private static Reliability row(Metrics.ReliabilityBin b) {
        return new Reliability(String.format("%.0f\u2013%.0f%%", 100 * b.from(), 100 * b.to()), b.leads(),
                b.meanPredicted(), b.observed());
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
}
