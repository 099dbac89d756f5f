package com.nexuscrm.scoring;

import com.nexuscrm.domain.LeadScore;
import com.nexuscrm.domain.ScoreFactor;
import java.util.ArrayList;
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
