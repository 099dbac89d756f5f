package com.nexuscrm.scoring;

/**
 * Platt scaling: the network's raw probability is mapped through a logistic curve on its log-odds,
 * fitted on a validation split the network did not train on. It keeps the ranking and makes "score 30"
 * mean "about 30% of such leads convert".
 */
public record Calibration(double slope, double intercept) {
    public static final Calibration IDENTITY = new Calibration(1, 0);

    public double apply(double raw) {
        return sigmoid(slope * logit(raw) + intercept);
    }

    /** Fits slope and intercept by Newton's method on the log loss (two parameters, so it converges fast). */
    public static Calibration fit(double[] raw, int[] y) {
        double a = 1;
        double b = 0;
        // Platt's smoothed targets keep the fit finite when a split is perfectly separated.
        long positives = java.util.Arrays.stream(y).filter(v -> v == 1).count();
        double hi = (positives + 1.0) / (positives + 2.0);
        double lo = 1.0 / (raw.length - positives + 2.0);
        for (int iteration = 0; iteration < 50; iteration++) {
            double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
            for (int i = 0; i < raw.length; i++) {
                double x = logit(raw[i]);
                double p = sigmoid(a * x + b);
                double t = y[i] == 1 ? hi : lo;
                double w = Math.max(p * (1 - p), 1e-12);
                ga += (p - t) * x;
                gb += p - t;
                haa += w * x * x;
                hab += w * x;
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            if (Math.abs(det) < 1e-12) {
                break;
            }
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) + Math.abs(db) < 1e-9) {
                break;
            }
        }
        return new Calibration(a, b);
    }

    static double logit(double p) {
        double q = Math.max(1e-7, Math.min(1 - 1e-7, p));
        return Math.log(q / (1 - q));
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
