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
 * {@link WorkspaceDeals} rows; it may be the base-rate prior) and the {@link CloseDateModel} (days left to
 * close from the moment a deal is described). One folder: the win model's files plus {@value #CLOSE_DATE}.
 */
public final class DealModel {
    static final String CLOSE_DATE = "close-date.json";

    /** One deal's prediction: win probability 1–99 with its reasons, and days to close with an interval. */
    public record Prediction(int winProbability, List<ScoreFactor> reasons, CloseDateModel.Prediction close) { }

    private final LeadModel win;
    private final CloseDateModel closeDate;
    /** Where each of the win model's columns is in a {@link WorkspaceDeals} row (the leakage guard may drop some). */
    private final int[] winColumns;

    DealModel(LeadModel win, CloseDateModel closeDate) {
        this.win = win;
        this.closeDate = closeDate;
        List<String> names = WorkspaceDeals.COLUMNS.stream().map(Column::name).toList();
        this.winColumns = win.encoder().slots().stream().mapToInt(slot -> names.indexOf(slot.column().name())).toArray();
    }

    /** The win model, for the benchmark's bare baseline ({@link DealProbe}). */
    LeadModel win() { return win; }

    /** A full deal row narrowed to the win model's columns. */
    Object[] forWin(Object[] row) {
        Object[] out = new Object[winColumns.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = winColumns[i] < 0 || winColumns[i] >= row.length ? null : row[winColumns[i]];
        }
        return out;
    }

    public ModelCard card() { return win.card(); }

    public String version() { return win.version(); }

    public CloseDateModel closeDate() { return closeDate; }

    /** Trains both models on the closed deals of {@code training}; throws NotEnoughHistory when too few. */
    public static DealModel train(WorkspaceDeals.Training training, String version, long seed, Clock clock, Progress progress) {
        // the stage is replayed to before the close (WorkspaceDeals), so the guard's name rule must not drop it
        LeadModel win = new LeadTrainer(clock, seed).train(training.table(), version, List.of(),
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
        FeatureEncoder encoder = win.encoder();
        int columns = encoder.slots().size();
        int width = encoder.width();
        Object[] typical = encoder.typicalRow();
        Calibration calibration = card().calibration();
        CloseDateModel.Prediction[] closes = closeDate.predict(rows);
        Prediction[] out = new Prediction[rows.size()];
        int chunk = Math.max(1, 16384 / (columns + 1));
        for (int from = 0; from < rows.size(); from += chunk) {
            int n = Math.min(chunk, rows.size() - from);
            float[] x = new float[n * (columns + 1) * width];
            for (int i = 0; i < n; i++) {
                Object[] row = forWin(rows.get(from + i));
                int base = i * (columns + 1);
                encoder.encode(row, x, base * width);
                for (int c = 0; c < columns; c++) {
                    encoder.encodeWith(x, base * width, (base + 1 + c) * width, c, typical[c]);
                }
            }
            double[] raw = win.rawOutput(x, n * (columns + 1));
            for (int i = 0; i < n; i++) {
                int base = i * (columns + 1);
                double p = calibration.apply(raw[base]);
                int[] points = new int[columns];
                for (int c = 0; c < columns; c++) {
                    points[c] = (int) Math.round(100 * (p - calibration.apply(raw[base + 1 + c])));
                }
                List<ScoreFactor> factors = new ArrayList<>();
                for (int c : Explainer.topColumns(points)) { // only the kept factors are put in words
                    factors.add(new ScoreFactor(Phrases.describe(encoder.slots().get(c).column(),
                            rows.get(from + i)[winColumns[c]]), points[c]));
                }
                int score = LeadScore.toScore(p);
                out[from + i] = new Prediction(score, withFallbackReason(factors, score), closes[from + i]);
            }
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
