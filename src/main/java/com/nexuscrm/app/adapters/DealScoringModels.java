package com.nexuscrm.app.adapters;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.scoring.DealModel;
import com.nexuscrm.scoring.LeadTrainer;
import com.nexuscrm.scoring.ModelCard;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.settings.TrainableModels;
import com.nexuscrm.usecase.RescoreDeals;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings → Deal scoring over {@link RescoreDeals}, the code path of {@code nexus train deals}: training saves and
 * activates a version then rescores the open deals; without an active version deals get their stage's usual rate.
 * The active model is read once per look at the registry and forgotten after each change.
 */
public final class DealScoringModels implements TrainableModels {
    private final RescoreDeals deals;
    private final long seed;
    private Loaded loaded;

    private record Loaded(DealModel model, List<String> warnings) { }

    public DealScoringModels(RescoreDeals deals) {
        this(deals, LeadTrainer.DEFAULT_SEED);
    }

    public DealScoringModels(RescoreDeals deals, long seed) {
        this.deals = deals;
        this.seed = seed;
    }

    private synchronized Loaded loaded() {
        if (loaded == null) {
            List<String> warnings = new ArrayList<>();
            loaded = new Loaded(DealModel.loadActive(deals.registry(), warnings), List.copyOf(warnings));
        }
        return loaded;
    }

    private synchronized void forget() {
        loaded = null;
    }

    @Override
    public String active() {
        DealModel model = loaded().model();
        if (model == null) {
            return "In use: each stage's usual win rate, and each deal's own close date. Train a model once this"
                    + " workspace has " + LeadTrainer.MINIMUM_CONVERSIONS + " won and " + LeadTrainer.MINIMUM_CONVERSIONS
                    + " lost deals.";
        }
        ModelCard card = model.card();
        return String.format("In use: %s, trained %s on %s. Validation AUC %.2f on %,d deals; below, how often deals in"
                + " each predicted band were won.", card.version(), Formats.user().day(card.trainedAt()), card.source(),
                card.validation().auc(), card.validationRows());
    }

    @Override
    public List<String> warnings() {
        return loaded().warnings();
    }

    @Override
    public List<Version> versions() {
        return ModelCards.versions(deals.registry(), "deals-v", "deals", "won");
    }

    @Override
    public List<Reliability> reliability() {
        DealModel model = loaded().model();
        return model == null ? List.of() : ModelCards.reliability(model.card());
    }

    @Override
    public Card card() {
        DealModel model = loaded().model();
        return model == null ? Card.NONE : ModelCards.card(model.card(), List.of("Close date: " + model.closeDate().describe()));
    }

    @Override
    public Training train(Progress progress) {
        try {
            RescoreDeals.Trained t = deals.train(seed, progress);
            if (t.model() == null) {
                return new Training(null, null, t.notEnoughHistory());
            }
            ModelCard card = t.model().card();
            return new Training(card.version(), String.format("%s is now active (%s): validation AUC %.2f on %,d deals."
                    + " Rescored %,d open deals in %.1f s.", card.version(), card.selected(), card.validation().auc(),
                    card.validationRows(), t.rescored().deals(), t.rescored().seconds()), null);
        } finally {
            forget();
        }
    }

    @Override
    public void activate(String version, Progress progress) throws IOException {
        deals.registry().activate(version);
        forget();
        deals.rescore(progress);
    }

    @Override
    public boolean rollback(Progress progress) throws IOException {
        boolean rolled = deals.registry().rollback();
        forget();
        if (rolled) {
            deals.rescore(progress);
        }
        return rolled;
    }

    @Override
    public void useFallback(Progress progress) throws IOException {
        deals.registry().deactivateAll();
        forget();
        deals.rescore(progress);
    }
}
