package com.nexuscrm.scoring;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Days from a deal's start to its close, with an interval: three linear quantile regressions (the 10th,
 * 50th and 90th percentiles, fitted by Adam on the pinball loss) over the same encoded features as the win
 * model, then a conformal correction on a validation split (CQR, Romano et al. 2019): the interval is widened
 * (or narrowed) by the amount that makes {@value #COVERAGE_PERCENT}% of the validation deals fall inside.
 * <p>
 * What the confidence means: for deals like the ones it was fitted on (drawn the same way), the true
 * close falls inside the interval {@value #COVERAGE_PERCENT}% of the time on average. It is not a
 * per-deal guarantee, and a team whose selling changes (new products, a new quarter-end push) shifts it; the
 * held-out coverage in {@code nexus eval deals} checks it. The point prediction is the median regression
 * unless it is not better than the plain median duration on the validation split, in which case the plain
 * median is used (the same honesty as the base-rate prior for the win model).
 * Saved as JSON beside the win model; a record so Jackson writes and reads it as is.
 */
public record CloseDateModel(List<FeatureEncoder.Slot> slots, double[] mean, double[] scale, double[] low,
                             double[] middle, double[] high, double widen, double median, double daysScale,
                             boolean regression, double validationMae, double validationMedianMae) {
    public static final double COVERAGE = 0.8;
    static final int COVERAGE_PERCENT = 80;
    private static final double[] QUANTILES = {0.1, 0.5, 0.9};
    private static final int MAX_EPOCHS = 200;
    private static final int PATIENCE = 10;
    private static final int BATCH = 64;

    /** A predicted duration in days and its interval. */
    public record Prediction(double days, double low, double high) { }

    public static CloseDateModel fit(LabelledTable table, double[] days, long seed) {
        int[][] split = LeadTrainer.stratifiedSplit(table.labels(), 0.25, seed);
        LabelledTable training = table.subset(split[0]);
        double[] y = pick(days, split[0]);
        double[] validY = pick(days, split[1]);
        FeatureEncoder encoder = FeatureEncoder.fit(training);
        int width = encoder.width();
        float[] x = LeadTrainer.encode(encoder, training);
        float[] validX = LeadTrainer.encode(encoder, table.subset(split[1]));
        double[] mean = new double[width];
        double[] scale = new double[width];
        standardiser(x, y.length, width, mean, scale);
        double median = quantile(y, 0.5);
        double daysScale = Math.max(1, quantile(Arrays.stream(y).map(v -> Math.abs(v - median)).toArray(), 0.5));
        double[][] weights = new double[3][];
        for (int q = 0; q < 3; q++) {
            weights[q] = train(x, y, validX, validY, width, mean, scale, QUANTILES[q], daysScale, seed + q);
        }
        CloseDateModel raw = new CloseDateModel(encoder.slots(), mean, scale, weights[0], weights[1], weights[2], 0, median,
                daysScale, true, Double.NaN, Double.NaN);
        double regressionMae = mae(raw.points(validX, validY.length, true), validY);
        double medianMae = Arrays.stream(validY).map(v -> Math.abs(v - median)).average().orElse(Double.NaN);
        boolean useRegression = regressionMae < medianMae;
        double widen = conformal(raw.bands(validX, validY.length), validY);
        return new CloseDateModel(encoder.slots(), mean, scale, weights[0], weights[1], weights[2], widen, median, daysScale,
                useRegression, regressionMae, medianMae);
    }

    /** Predictions for typed rows (the same columns as the table it was fitted on). */
    public Prediction[] predict(List<Object[]> rows) {
        FeatureEncoder encoder = new FeatureEncoder(slots);
        int width = encoder.width();
        float[] x = new float[rows.size() * width];
        for (int i = 0; i < rows.size(); i++) {
            encoder.encode(rows.get(i), x, i * width);
        }
        double[] points = points(x, rows.size(), regression);
        double[][] bands = bands(x, rows.size());
        Prediction[] out = new Prediction[rows.size()];
        for (int i = 0; i < out.length; i++) {
            double lowDays = Math.max(0, Math.min(bands[0][i] - widen, points[i]));
            double highDays = Math.max(bands[1][i] + widen, points[i]);
            out[i] = new Prediction(Math.max(0, points[i]), lowDays, highDays);
        }
        return out;
    }

    /** In words: which point prediction is used, and the validation figures that chose it. */
    public String describe() {
        return String.format(Locale.ROOT, "%s (validation MAE %.1f days; median regression %.1f, plain median %.0f days %.1f);"
                + " %d%% interval from the 10th/90th-percentile regressions %s by %.1f days (conformal, on the validation split)",
                regression ? "median regression" : "plain median duration (the regression was not better)",
                regression ? validationMae : validationMedianMae, validationMae, median, validationMedianMae, COVERAGE_PERCENT,
                widen >= 0 ? "widened" : "narrowed", Math.abs(widen));
    }

    private double[] points(float[] x, int rows, boolean useRegression) {
        double[] out = new double[rows];
        int width = mean.length;
        for (int i = 0; i < rows; i++) {
            out[i] = useRegression ? predictOne(middle, x, i, width) : median;
        }
        return out;
    }

    private double[][] bands(float[] x, int rows) {
        double[][] out = new double[2][rows];
        int width = mean.length;
        for (int i = 0; i < rows; i++) {
            double a = predictOne(low, x, i, width);
            double b = predictOne(high, x, i, width);
            out[0][i] = Math.min(a, b);
            out[1][i] = Math.max(a, b);
        }
        return out;
    }

    private double predictOne(double[] w, float[] x, int row, int width) {
        double z = w[width];
        for (int j = 0; j < width; j++) {
            z += w[j] * (x[row * width + j] - mean[j]) / scale[j];
        }
        return median + daysScale * z;
    }

    /**
     * The conformal correction: with scores {@code max(low - y, y - high)} on n validation deals, the
     * ⌈(n+1)·0.8⌉-th smallest makes the widened interval cover at least 80% of exchangeable new deals.
     */
    static double conformal(double[][] bands, double[] y) {
        double[] scores = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            scores[i] = Math.max(bands[0][i] - y[i], y[i] - bands[1][i]);
        }
        Arrays.sort(scores);
        int k = (int) Math.ceil((y.length + 1) * COVERAGE) - 1;
        return scores[Math.min(scores.length - 1, Math.max(0, k))];
    }

    /** Adam on the pinball loss of quantile {@code tau}; keeps the epoch with the lowest validation loss. */
    private static double[] train(float[] x, double[] y, float[] validX, double[] validY, int width, double[] mean,
                                  double[] scale, double tau, double daysScale, long seed) {
        double median = quantile(y, 0.5);
        double[] w = new double[width + 1];
        w[width] = (quantile(y, tau) - median) / daysScale;
        double[] m = new double[width + 1];
        double[] v = new double[width + 1];
        double[] best = w.clone();
        double bestLoss = Double.MAX_VALUE;
        int bestEpoch = 0;
        Random random = new Random(seed);
        int[] order = java.util.stream.IntStream.range(0, y.length).toArray();
        double[] z = new double[width];
        double[] g = new double[width + 1];
        long step = 0;
        for (int epoch = 1; epoch <= MAX_EPOCHS && epoch - bestEpoch <= PATIENCE; epoch++) {
            shuffle(order, random);
            for (int from = 0; from < order.length; from += BATCH) {
                Arrays.fill(g, 0);
                int to = Math.min(order.length, from + BATCH);
                for (int k = from; k < to; k++) {
                    int i = order[k];
                    double pred = w[width];
                    for (int j = 0; j < width; j++) {
                        z[j] = (x[i * width + j] - mean[j]) / scale[j];
                        pred += w[j] * z[j];
                    }
                    double target = (y[i] - median) / daysScale;
                    double d = target > pred ? -tau : 1 - tau;
                    for (int j = 0; j < width; j++) {
                        g[j] += d * z[j];
                    }
                    g[width] += d;
                }
                step++;
                adam(w, g, m, v, to - from, step);
            }
            double loss = pinball(w, validX, validY, width, mean, scale, tau, median, daysScale);
            if (loss < bestLoss - 1e-6) {
                bestLoss = loss;
                bestEpoch = epoch;
                best = w.clone();
            }
        }
        return best;
    }

    private static void adam(double[] w, double[] g, double[] m, double[] v, int n, long step) {
        double rate = 0.01;
        double l2 = 1e-4;
        for (int j = 0; j < w.length; j++) {
            double grad = g[j] / n + (j < w.length - 1 ? l2 * w[j] : 0);
            m[j] = 0.9 * m[j] + 0.1 * grad;
            v[j] = 0.999 * v[j] + 0.001 * grad * grad;
            double mHat = m[j] / (1 - Math.pow(0.9, step));
            double vHat = v[j] / (1 - Math.pow(0.999, step));
            w[j] -= rate * mHat / (Math.sqrt(vHat) + 1e-8);
        }
    }

    private static double pinball(double[] w, float[] x, double[] y, int width, double[] mean, double[] scale, double tau,
                                  double median, double daysScale) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            double pred = w[width];
            for (int j = 0; j < width; j++) {
                pred += w[j] * (x[i * width + j] - mean[j]) / scale[j];
            }
            double r = (y[i] - median) / daysScale - pred;
            sum += r >= 0 ? tau * r : (tau - 1) * r;
        }
        return sum / y.length;
    }

    private static void standardiser(float[] x, int rows, int width, double[] mean, double[] scale) {
        for (int j = 0; j < width; j++) {
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < rows; i++) {
                sum += x[i * width + j];
                squares += (double) x[i * width + j] * x[i * width + j];
            }
            mean[j] = sum / rows;
            double variance = squares / rows - mean[j] * mean[j];
            scale[j] = variance > 1e-6 ? Math.sqrt(variance) : 1;
        }
    }

    static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.floor(q * (sorted.length - 1))];
    }

    static double mae(double[] predicted, double[] actual) {
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            sum += Math.abs(predicted[i] - actual[i]);
        }
        return sum / actual.length;
    }

    private static double[] pick(double[] values, int[] indexes) {
        return Arrays.stream(indexes).mapToDouble(i -> values[i]).toArray();
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
