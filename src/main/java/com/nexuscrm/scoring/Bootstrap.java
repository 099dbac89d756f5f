package com.nexuscrm.scoring;

import java.util.Arrays;
import java.util.Random;

/**
 * Percentile bootstrap intervals for ROC AUC (or any figure, {@link #compare}) on held-out rows: the rows are
 * resampled with replacement {@value #RESAMPLES} times (fixed seed), and the model and the baseline are measured on
 * the same resamples, so the interval of their difference is paired. Each resample is a weight per row over one
 * sort of the scores, so 1,000 resamples of a few thousand rows take milliseconds.
 */
public final class Bootstrap {
    public static final int RESAMPLES = 1000;

    /** A point estimate with its 95% interval. */
    public record Interval(double estimate, double low, double high) { }

    /** AUC of the model, of the baseline, and of the model minus the baseline. */
    public record Comparison(Interval model, Interval baseline, Interval difference) {
        /** "beats", "ties" or "loses": whether the difference's interval lies above 0, spans it, or lies below. */
        public String verdict() {
            return difference.low() > 0 ? "beats" : difference.high() < 0 ? "loses" : "ties";
        }
    }

    private Bootstrap() { }

    /** A figure measured with each held-out row counted {@code weights[i]} times (1 for all gives the plain figure). */
    @FunctionalInterface
    public interface WeightedFigure {
        double of(double[] weights);
    }

    public static Comparison compareAuc(double[] model, double[] baseline, int[] y, long seed) {
        Integer[] modelOrder = Metrics.sortedAscending(model);
        Integer[] baselineOrder = Metrics.sortedAscending(baseline);
        return resample(y.length, w -> weightedAuc(modelOrder, model, y, w), w -> weightedAuc(baselineOrder, baseline, y, w),
                Metrics.auc(model, y), Metrics.auc(baseline, y), seed);
    }

    /**
     * Any figure of a model beside a baseline on the same {@code rows} held-out rows (accuracy, macro F1 ...), with
     * paired percentile intervals from {@value #RESAMPLES} resamples; the estimates are the figures on all rows once.
     */
    public static Comparison compare(int rows, WeightedFigure model, WeightedFigure baseline, long seed) {
        double[] ones = new double[rows];
        Arrays.fill(ones, 1);
        return resample(rows, model, baseline, model.of(ones), baseline.of(ones), seed);
    }

    private static Comparison resample(int rows, WeightedFigure model, WeightedFigure baseline, double am, double bm, long seed) {
        double[] a = new double[RESAMPLES];
        double[] b = new double[RESAMPLES];
        double[] d = new double[RESAMPLES];
        Random random = new Random(seed);
        double[] weights = new double[rows];
        for (int r = 0; r < RESAMPLES; r++) {
            Arrays.fill(weights, 0);
            for (int i = 0; i < rows; i++) {
                weights[random.nextInt(rows)]++;
            }
            a[r] = model.of(weights);
            b[r] = baseline.of(weights);
            d[r] = a[r] - b[r];
        }
        return new Comparison(interval(am, a), interval(bm, b), interval(am - bm, d));
    }

    /** AUC with each row counted {@code w[i]} times; tied scores count half. */
    static double weightedAuc(Integer[] order, double[] p, int[] y, double[] w) {
        double negativesBelow = 0;
        double sum = 0;
        double positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            double pos = 0;
            double neg = 0;
            while (j < order.length && p[order[j]] == p[order[i]]) {
                if (y[order[j]] == 1) {
                    pos += w[order[j]];
                } else {
                    neg += w[order[j]];
                }
                j++;
            }
            sum += pos * (negativesBelow + neg / 2);
            negativesBelow += neg;
            positives += pos;
            i = j;
        }
        return positives == 0 || negativesBelow == 0 ? Double.NaN : sum / (positives * negativesBelow);
    }

    private static Interval interval(double estimate, double[] values) {
        double[] sorted = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (sorted.length == 0) {
            return new Interval(estimate, Double.NaN, Double.NaN);
        }
        return new Interval(estimate, sorted[(int) Math.floor(0.025 * (sorted.length - 1))],
                sorted[(int) Math.ceil(0.975 * (sorted.length - 1))]);
    }
}
