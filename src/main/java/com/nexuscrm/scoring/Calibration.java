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

    /**
     * Fits slope and intercept by Newton's method on the log loss, halving a step that does not lower the
     * loss (far from the optimum, saturated probabilities make plain Newton steps overshoot).
     */
    public static Calibration fit(double[] raw, int[] y) {
        // Platt's smoothed targets keep the fit finite when a split is perfectly separated.
        long positives = java.util.Arrays.stream(y).filter(v -> v == 1).count();
        double hi = (positives + 1.0) / (positives + 2.0);
        double lo = 1.0 / (raw.length - positives + 2.0);
        double[] x = java.util.Arrays.stream(raw).map(Calibration::logit).toArray();
        double a = 1;
        double b = 0;
        double loss = loss(x, y, a, b, hi, lo);
        for (int iteration = 0; iteration < 100; iteration++) {
            double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
            for (int i = 0; i < x.length; i++) {
                double p = sigmoid(a * x[i] + b);
                double t = y[i] == 1 ? hi : lo;
                double w = Math.max(p * (1 - p), 1e-12);
                ga += (p - t) * x[i];
                gb += p - t;
                haa += w * x[i] * x[i];
                hab += w * x[i];
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            if (Math.abs(det) < 1e-12) {
                break;
            }
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            double step = 1;
            double next = loss(x, y, a - da, b - db, hi, lo);
            while (next > loss && step > 1e-6) {
                step /= 2;
                next = loss(x, y, a - step * da, b - step * db, hi, lo);
            }
            if (next > loss) {
                break;
            }
            a -= step * da;
            b -= step * db;
            boolean converged = loss - next < 1e-12;
            loss = next;
            if (converged) {
                break;
            }
        }
        return new Calibration(a, b);
    }

    private static double loss(double[] x, int[] y, double a, double b, double hi, double lo) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double z = a * x[i] + b;
            double t = y[i] == 1 ? hi : lo;
            // log(1 + e^z) - t z, computed without overflow
            sum += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - t * z;
        }
        return sum;
    }

    static double logit(double p) {
        double q = Math.max(1e-7, Math.min(1 - 1e-7, p));
        return Math.log(q / (1 - q));
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
