package com.nexuscrm.scoring;

import java.util.Arrays;
import java.util.Locale;

/**
 * Whether a learned model earns its place over the base-rate prior (every row gets the training rows'
 * rate). The learned model's validation log loss is flattered twice: early stopping picked its epoch on the
 * validation rows, and its Platt calibration was fitted on them. So the comparison here uses a cross-fitted
 * calibration (fitted on four fifths of the validation rows, applied to the fifth, five times), and the
 * learned model is kept only when its per-row log loss beats the prior's by more than one standard error of
 * the paired difference (the one-standard-error rule: with no real advantage, the simpler model). On data
 * whose features carry no signal (the Maven CRM deals) this picks the prior, and the held-out log loss is
 * then the prior's by construction.
 */
record BaseRateChoice(double priorLogLoss, double learnedLogLoss, double standardError) {
    static final int FOLDS = 5;

    boolean priorWins() {
        return priorLogLoss - learnedLogLoss <= standardError;
    }

    String describe(String learned) {
        return String.format(Locale.ROOT, "on the validation split the base rate's log loss is %.4f and %s's %.4f with a"
                + " cross-fitted calibration; a learned model is kept only when it beats the base rate by more than one"
                + " standard error of the difference (%.4f)%s", priorLogLoss, learned, learnedLogLoss, standardError,
                priorWins() ? ": it does not, so the features show no signal beyond the base rate" : ": it does");
    }

    /** The base-rate candidate: the learned model's networks under a calibration that ignores them. */
    static LeadTrainer.Scored prior(LeadTrainer.Scored learned, int[] trainingY, int[] validY) {
        double rate = Math.max(1e-4, Math.min(1 - 1e-4, (double) Arrays.stream(trainingY).sum() / trainingY.length));
        double[] constant = new double[validY.length];
        Arrays.fill(constant, rate);
        return new LeadTrainer.Scored(Candidate.BASE_RATE, String.format(Locale.ROOT,
                "every row gets the training rows' rate, %.1f%%", 100 * rate), learned.members(),
                new Calibration(0, Calibration.logit(rate)), Metrics.of(constant, validY));
    }

    static BaseRateChoice compare(double[] raw, int[] y, Calibration prior) {
        double[] d = new double[y.length];
        double learnedSum = 0;
        double priorSum = 0;
        for (int fold = 0; fold < FOLDS; fold++) {
            int f = fold;
            int[] fit = java.util.stream.IntStream.range(0, y.length).filter(i -> i % FOLDS != f).toArray();
            Calibration c = Calibration.fit(Arrays.stream(fit).mapToDouble(i -> raw[i]).toArray(),
                    Arrays.stream(fit).map(i -> y[i]).toArray());
            for (int i = fold; i < y.length; i += FOLDS) {
                double learned = loss(c.apply(raw[i]), y[i]);
                double base = loss(prior.apply(raw[i]), y[i]);
                learnedSum += learned;
                priorSum += base;
                d[i] = base - learned;
            }
        }
        double mean = Arrays.stream(d).average().orElse(0);
        double variance = Arrays.stream(d).map(v -> (v - mean) * (v - mean)).sum() / Math.max(1, y.length - 1);
        return new BaseRateChoice(priorSum / y.length, learnedSum / y.length, Math.sqrt(variance / y.length));
    }

    private static double loss(double p, int y) {
        double q = Math.max(1e-15, Math.min(1 - 1e-15, p));
        return y == 1 ? -Math.log(q) : -Math.log(1 - q);
    }
}
