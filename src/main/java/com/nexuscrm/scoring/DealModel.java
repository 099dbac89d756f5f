package com.nexuscrm.scoring;

import com.nexuscrm.domain.LeadScore;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.ScoreFactor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A workspace's deal model: the win model (trained by {@link LeadTrainer}, the one framework, on
 * {@link WorkspaceDeals} rows and refitted on all of them after selection; it may be the base-rate prior) and the {@link CloseDateModel} (days left to
 * close from the moment a deal is described). One folder: the win model's files plus {@value #CLOSE_DATE}.
 */
public final class DealModel {
    static final String CLOSE_DATE = "close-date.json";

    /** One deal's prediction: win probability 1–99 with its reasons, and days to close with an interval. */
    public record Prediction(int winProbability, List<ScoreFactor> reasons, CloseDateModel.Prediction close) { }

    private final LeadModel win;
    private final CloseDateModel closeDate;
    /** Where each of the win model's columns is in a {@link WorkspaceDeals} row (the leakage guard may drop some). */
    private final ModelColumns winColumns;

    DealModel(LeadModel win, CloseDateModel closeDate) {
        this.win = win;
        this.closeDate = closeDate;
        this.winColumns = ModelColumns.of(win, WorkspaceDeals.COLUMNS);
    }

    /** The win model, for the benchmark's bare baseline ({@link DealProbe}). */
    LeadModel win() { return win; }

    /** A full deal row narrowed to the win model's columns. */
    Object[] forWin(Object[] row) {
        return winColumns.narrow(row);
    }

    public ModelCard card() { return win.card(); }

    public String version() { return win.version(); }

    public CloseDateModel closeDate() { return closeDate; }

    /** Trains both models on the closed deals of {@code training}; throws NotEnoughHistory when too few. */
    public static DealModel train(WorkspaceDeals.Training training, String version, long seed, Clock clock, Progress progress) {
        // the stage is replayed to before the close (WorkspaceDeals), so the guard's name rule must not drop it
        LeadModel win = new LeadTrainer(clock, seed).refitted().train(training.table(), version, List.of(),
                List.of(WorkspaceDeals.COLUMNS.get(WorkspaceDeals.STAGE_COLUMN).name()), progress);
        CloseDateModel close = CloseDateModel.fit(training.table(), training.daysToClose(), seed);
        return new DealModel(win, close);
    }

    /** Win probabilities (calibrated) and close predictions for many rows, without explanations. */
    public double[] winProbabilities(List<Object[]> rows) {
        return win.probabilities(rows.stream().map(this::forWin).toList());
    }

    public CloseDateModel.Prediction[] closes(List<Object[]> rows) {
        return closeDate.predict(rows);
    }

    /**
     * Many deals ({@link WorkspaceDeals} rows), each explained: every deal and each of its features set back to a typical deal's (the
     * {@link Explainer}'s occlusion) go through the network in large batches, so 10,000 deals cost a few
     * batched passes instead of 10,000 small ones.
     */
    public Prediction[] predictAll(List<Object[]> rows) {
        CloseDateModel.Prediction[] closes = closeDate.predict(rows);
        Explainer.Explained[] explained = Explainer.explainAll(win, rows.stream().map(this::forWin).toList());
        Prediction[] out = new Prediction[rows.size()];
        for (int i = 0; i < out.length; i++) {
            int score = LeadScore.toScore(explained[i].probability());
            out[i] = new Prediction(score, withFallbackReason(explained[i].factors(), score), closes[i]);
        }
        return out;
    }

    /** One deal explained in words; a deal nothing sets apart still gets a reason. */
    public Prediction explain(Object[] row) {
        return predictAll(List.<Object[]>of(row))[0];
    }

    private List<ScoreFactor> withFallbackReason(List<ScoreFactor> factors, int score) {
        List<ScoreFactor> reasons = new ArrayList<>(factors);
        if (Candidate.BASE_RATE.equals(card().selected())) {
            reasons.add(0, new ScoreFactor(String.format(Locale.ROOT, "No signal beyond the base rate in this workspace's"
                    + " closed deals: every deal gets the usual win rate, %d%%", score), 0));
        } else if (reasons.isEmpty()) {
            reasons.add(new ScoreFactor("Nothing sets this deal apart from a typical one (" + score + "% win)", 0));
        }
        return reasons;
    }

    public void save(Path folder) throws IOException {
        win.save(folder);
        LeadModel.JSON.writeValue(folder.resolve(CLOSE_DATE).toFile(), closeDate);
    }

    public static DealModel load(Path folder) throws IOException {
        if (!Files.exists(folder.resolve(CLOSE_DATE))) {
            throw new IOException(folder + " has no " + CLOSE_DATE);
        }
        try {
            return new DealModel(LeadModel.load(folder), LeadModel.JSON.readValue(folder.resolve(CLOSE_DATE).toFile(),
                    CloseDateModel.class));
        } catch (RuntimeException e) {
            throw new IOException(folder + " is damaged: " + e.getMessage(), e);
        }
    }

    /** The first loadable model of the registry, active first; null when there is none. */
    public static DealModel loadActive(ModelRegistry registry, List<String> warnings) {
        for (Path folder : registry.activeFirst()) {
            try {
                return load(folder);
            } catch (IOException e) {
                warnings.add("Deal model " + folder.getFileName() + " could not be loaded (" + e.getMessage() + ").");
            }
        }
        return null;
    }
}
