package com.nexuscrm.scoring;

import com.nexuscrm.domain.LeadScore;
import com.nexuscrm.domain.ScoreFactor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Explains one lead's score by occlusion: each feature in turn is set back to what a typical lead has,
 * and the change in the calibrated score is that feature's points. The sub-score of a family is the score
 * of a typical lead that has only this lead's features of that family. Everything is one batch of
 * 1 + columns + 3 rows through the network, so a what-if costs about a millisecond.
 */
public final class Explainer {
    /** How many factors of each sign an explanation lists. */
    static final int TOP = 4;

    private Explainer() { }

    public static LeadScore explain(LeadModel model, Object[] row) {
        return explain(model, row, row);
    }

    /**
     * {@code row} is what the network sees; {@code shown} the same lead's values as stored, which the
     * factors quote (they differ when a young lead's activity was scaled by its {@link Maturity}).
     */
    public static LeadScore explain(LeadModel model, Object[] row, Object[] shown) {
        FeatureEncoder encoder = model.encoder();
        List<FeatureEncoder.Slot> slots = encoder.slots();
        Object[] typical = encoder.typicalRow();
        int columns = slots.size();
        Family[] families = Family.values();
        int rows = 1 + columns + families.length;
        float[] x = new float[rows * encoder.width()];
        encoder.encode(row, x, 0);
        for (int c = 0; c < columns; c++) {
            Object[] without = row.clone();
            without[c] = typical[c];
            encoder.encode(without, x, (1 + c) * encoder.width());
        }
        for (int f = 0; f < families.length; f++) {
            Object[] only = typical.clone();
            for (int c = 0; c < columns; c++) {
                if (slots.get(c).column().family() == families[f]) {
                    only[c] = row[c];
                }
            }
            encoder.encode(only, x, (1 + columns + f) * encoder.width());
        }
        double[] raw = model.rawOutput(x, rows);
        Calibration calibration = model.card().calibration();
        double p = calibration.apply(raw[0]);
        int score = LeadScore.toScore(p);
        List<ScoreFactor> factors = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            int points = (int) Math.round(100 * (p - calibration.apply(raw[1 + c])));
            if (points != 0) {
                factors.add(new ScoreFactor(Phrases.describe(slots.get(c).column(), shown[c]), points));
            }
        }
        int[] sub = new int[families.length];
        for (int f = 0; f < families.length; f++) {
            sub[f] = LeadScore.toScore(calibration.apply(raw[1 + columns + f]));
        }
        return new LeadScore(score, p, sub[0], sub[1], sub[2], model.version(), top(factors));
    }

    /** One row's calibrated probability and its strongest factors (at most {@value #TOP} of each sign). */
    public record Explained(double probability, List<ScoreFactor> factors) { }

    /**
     * Many rows, each explained by the same occlusion as {@link #explain} (without sub-scores): every row and each
     * of its features set back to a typical row's go through the network in large batches, so 10,000 rows cost a
     * few batched passes instead of 10,000 small ones. A copy whose encoding equals the row's (the column already
     * typical, or in the typical value's bin and clamp) is not sent: its points are 0, as the pass would give.
     * {@code rows} are in the model's column order.
     */
    static Explained[] explainAll(LeadModel model, List<Object[]> rows) {
        FeatureEncoder encoder = model.encoder();
        int columns = encoder.slots().size();
        int width = encoder.width();
        Object[] typical = encoder.typicalRow();
        Calibration calibration = model.card().calibration();
        Explained[] out = new Explained[rows.size()];
        int chunk = Math.max(1, 16384 / (columns + 1));
        for (int from = 0; from < rows.size(); from += chunk) {
            int n = Math.min(chunk, rows.size() - from);
            float[] x = new float[n * (columns + 1) * width];
            int[][] at = new int[n][columns + 1]; // the matrix row of the row, then of each copy (-1: same as the row)
            int used = 0;
            for (int i = 0; i < n; i++) {
                int base = used++;
                at[i][0] = base;
                encoder.encode(rows.get(from + i), x, base * width);
                for (int c = 0; c < columns; c++) { // the row once, then one column changed per copy
                    encoder.encodeWith(x, base * width, used * width, c, typical[c]);
                    boolean same = Arrays.equals(x, base * width, (base + 1) * width, x, used * width, (used + 1) * width);
                    at[i][1 + c] = same ? -1 : used++;
                }
            }
            double[] raw = model.rawOutput(x, used);
            for (int i = 0; i < n; i++) {
                double p = calibration.apply(raw[at[i][0]]);
                int[] points = new int[columns];
                for (int c = 0; c < columns; c++) {
                    int copy = at[i][1 + c];
                    points[c] = copy < 0 ? 0 : (int) Math.round(100 * (p - calibration.apply(raw[copy])));
                }
                List<ScoreFactor> factors = new ArrayList<>();
                for (int c : topColumns(points)) { // only the kept factors are put in words
                    factors.add(new ScoreFactor(Phrases.describe(encoder.slots().get(c).column(), rows.get(from + i)[c]), points[c]));
                }
                out[from + i] = new Explained(p, factors);
            }
        }
        return out;
    }

    /**
     * The columns {@link #top} would keep from factors with these points (one per column, in column order), in the
     * order it lists them: so a caller can put only those in words.
     */
    static List<Integer> topColumns(int[] points) {
        List<Integer> columns = new ArrayList<>();
        for (int c = 0; c < points.length; c++) {
            columns.add(c);
        }
        List<Integer> positive = columns.stream().filter(c -> points[c] > 0)
                .sorted(Comparator.comparingInt((Integer c) -> points[c]).reversed()).limit(TOP).toList();
        List<Integer> negative = columns.stream().filter(c -> points[c] < 0)
                .sorted(Comparator.comparingInt((Integer c) -> points[c])).limit(TOP).toList();
        List<Integer> all = new ArrayList<>(positive);
        all.addAll(negative);
        return all;
    }

    static List<ScoreFactor> top(List<ScoreFactor> factors) {
        List<ScoreFactor> positive = factors.stream().filter(f -> f.points() > 0)
                .sorted(Comparator.comparingInt(ScoreFactor::points).reversed()).limit(TOP).toList();
        List<ScoreFactor> negative = factors.stream().filter(f -> f.points() < 0)
                .sorted(Comparator.comparingInt(ScoreFactor::points)).limit(TOP).toList();
        List<ScoreFactor> all = new ArrayList<>(positive);
        all.addAll(negative);
        return all;
    }
}
