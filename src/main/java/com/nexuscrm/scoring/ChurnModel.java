package com.nexuscrm.scoring;

import com.nexuscrm.domain.LeadScore;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.ScoreFactor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A workspace's churn model: the framework's selected model ({@link LeadTrainer}: candidates, leakage guard,
 * calibration, card) trained on {@link WorkspaceAccounts} rows, saved in the {@code churn} registry. It gives the
 * chance an account churns within {@link com.nexuscrm.domain.account.ChurnHistory#WINDOW_MONTHS} months, with
 * reasons from the {@link Explainer}'s occlusion.
 */
public final class ChurnModel {
    /** One account's churn risk, 1–99, and its reasons. */
    public record Prediction(int risk, List<ScoreFactor> reasons) { }

    private final LeadModel model;
    private final ModelColumns columns;

    ChurnModel(LeadModel model) {
        this.model = model;
        this.columns = ModelColumns.of(model, WorkspaceAccounts.COLUMNS);
    }

    public ModelCard card() { return model.card(); }

    public String version() { return model.version(); }

    /** Trains on the labelled account rows; throws {@link LeadTrainer.NotEnoughHistory} when too few churned or stayed. */
    public static ChurnModel train(WorkspaceAccounts.Training training, String version, long seed, Clock clock, Progress progress) {
        return new ChurnModel(new LeadTrainer(clock, seed).grouped(training.groups()).train(training.table(), version, List.of(),
                List.of(WorkspaceAccounts.RENEWAL), progress));
    }

    /** Calibrated churn probabilities of full {@link WorkspaceAccounts} rows, without explanations. */
    public double[] probabilities(List<Object[]> rows) {
        return model.probabilities(rows.stream().map(columns::narrow).toList());
    }

    /** Many accounts, each explained, in large batches. */
    public Prediction[] predictAll(List<Object[]> rows) {
        Explainer.Explained[] explained = Explainer.explainAll(model, rows.stream().map(columns::narrow).toList());
        Prediction[] out = new Prediction[rows.size()];
        for (int i = 0; i < out.length; i++) {
            int risk = LeadScore.toScore(explained[i].probability());
            List<ScoreFactor> reasons = new ArrayList<>(explained[i].factors());
            if (Candidate.BASE_RATE.equals(card().selected())) {
                reasons.add(0, new ScoreFactor(String.format(Locale.ROOT, "No signal beyond the base rate in this workspace's"
                        + " history: every account gets the usual churn rate, %d%%", risk), 0));
            } else if (reasons.isEmpty()) {
                reasons.add(new ScoreFactor("Nothing sets this account apart from a typical one (" + risk + "% risk)", 0));
            }
            out[i] = new Prediction(risk, reasons);
        }
        return out;
    }

    public void save(Path folder) throws IOException {
        model.save(folder);
    }

    public static ChurnModel load(Path folder) throws IOException {
        return new ChurnModel(LeadModel.load(folder));
    }

    /** The first loadable model of the registry, active first; null when there is none. */
    public static ChurnModel loadActive(ModelRegistry registry, List<String> warnings) {
        for (Path folder : registry.activeFirst()) {
            try {
                return load(folder);
            } catch (IOException e) {
                warnings.add("Churn model " + folder.getFileName() + " could not be loaded (" + e.getMessage() + ").");
            }
        }
        return null;
    }
}
