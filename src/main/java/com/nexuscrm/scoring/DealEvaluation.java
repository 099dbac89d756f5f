package com.nexuscrm.scoring;

import com.nexuscrm.domain.Progress;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The held-out comparison for deals, the same protocol as {@link LeadEvaluation}: a stratified 80/20 split
 * with a fixed seed, everything (leakage guard, model selection, calibration, the close-date model's
 * conformal correction) learned inside the 80%, each model measured once on the 20%. Win probability: the
 * framework's selected model (which may be the base-rate prior), Tribuo's logistic regression, the base
 * rate, and stage probability (each stage's win rate in the training rows). Close date: the
 * {@link CloseDateModel} against the median duration of the training deals.
 */
public final class DealEvaluation {
    public static final long DEFAULT_SEED = 42;

    /** Close-date figures on the held-out deals (all, won, lost): MAE of the model and of the median. */
    public record CloseDates(int rows, double modelMae, double medianMae, double wonModelMae, double wonMedianMae,
                             double lostModelMae, double lostMedianMae, double coverage, double meanWidth,
                             double trainingMedian, String description) { }

    /**
     * {@code comparison} pairs the AUC interval of the selected model's ranking (the best learned candidate's
     * when the prior is selected) with the logistic baseline's, {@code stageComparison} with stage probability's
     * (the same resamples, so the differences are paired). {@code stageNote} says how the stage baseline was formed.
     */
    public record Result(int trainingRows, int heldOutRows, Metrics model, Metrics logistic, Metrics prior, Metrics stage,
                         String stageNote, ModelCard card, LeakageGuard.Report guard, Bootstrap.Comparison comparison,
                         Bootstrap.Comparison stageComparison, CloseDates closeDates, Map<String, Double> seconds) {
        /** The workspace Must-show: the model's held-out AUC above both stage probability's and logistic regression's. */
        public boolean aucAboveBothBaselines() {
            return comparison.difference().estimate() > 0 && stageComparison.difference().estimate() > 0;
        }

        /** True when the learned ranking's 95% AUC interval contains 0.5: nothing beyond the base rate. */
        public boolean noSignal() {
            return containsHalf(comparison.model());
        }

        public boolean logisticNoSignal() {
            return containsHalf(comparison.baseline());
        }

        /** The Must-show: the selected model's held-out log loss is at most the prior's. */
        public boolean logLossAtMostPrior() {
            return model.logLoss() <= prior.logLoss() + 1e-6; // equal to four decimals when the prior is selected
        }
    }

    private DealEvaluation() { }

    /** The "no signal beyond the base rate" rule: an AUC interval that contains 0.5 (or is undefined). */
    public static boolean containsHalf(Bootstrap.Interval auc) {
        return !(auc.low() > 0.5 || auc.high() < 0.5);
    }

    /**
     * {@code stageColumn} is the index of the deal's stage among the table's columns, or -1 when the table
     * has none (the Maven data: its labelled deals are all closed, so the stage is the outcome itself).
     * {@code notForWin} names columns the close-date model uses but the win model must not (see
     * {@link MavenDeals#PERIOD_COLUMNS}).
     */
    public static Result run(LabelledTable table, double[] days, int stageColumn, Collection<String> notForWin, long seed,
                             Progress progress) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        long t = System.nanoTime();
        NativeMath.require();
        int[][] split = LeadTrainer.stratifiedSplit(table.labels(), 0.2, seed);
        LabelledTable win = table.without(notForWin);
        // the stage column of a workspace table is the stage before the close (replayed), never the outcome
        List<String> keep = stageColumn < 0 ? List.of() : List.of(table.columns().get(stageColumn).name());
        LeakageGuard.Report guard = LeakageGuard.check(win.subset(split[0]), keep, seed);
        LabelledTable guarded = guard.apply(win);
        LabelledTable training = guarded.subset(split[0]);
        LabelledTable heldOut = guarded.subset(split[1]);
        LeadModel model = new LeadTrainer(Clock.systemUTC(), seed).refitted().trainChecked(training, "eval", List.of(), guard, progress);
        t = lap(seconds, "win model (all candidates)", t);
        double[] p = model.probabilities(heldOut.rows());
        double[] ranking = model.rawOutput(LeadTrainer.encode(model.encoder(), heldOut), heldOut.size());
        progress.update(1, 1, "Training the logistic-regression baseline");
        double[] logistic = BaselineLogistic.train(training).probabilities(heldOut);
        t = lap(seconds, "logistic baseline", t);
        double rate = (double) training.positives() / training.size();
        double[] constant = new double[heldOut.size()];
        Arrays.fill(constant, rate);
        int stageAt = stageColumn < 0 ? -1 : guarded.columns().indexOf(table.columns().get(stageColumn));
        double[] stage = stageAt < 0 ? constant : stageRates(training, heldOut, stageAt, rate);
        String stageNote = stageAt < 0 ? "no open stage to go by: every labelled deal is closed, so stage probability"
                + " reduces to the base rate" : "each stage's win rate among the training deals (unseen stage: the base rate)";
        Bootstrap.Comparison comparison = Bootstrap.compareAuc(ranking, logistic, heldOut.labels(), seed);
        Bootstrap.Comparison stageComparison = Bootstrap.compareAuc(ranking, stage, heldOut.labels(), seed);
        CloseDates closeDates = closeDates(table, days, split, seed);
        lap(seconds, "close-date model and metrics", t);
        return new Result(training.size(), heldOut.size(), Metrics.of(p, heldOut.labels()), Metrics.of(logistic, heldOut.labels()),
                Metrics.of(constant, heldOut.labels()), Metrics.of(stage, heldOut.labels()), stageNote, model.card(), guard,
                comparison, stageComparison, closeDates, seconds);
    }

    private static double[] stageRates(LabelledTable training, LabelledTable heldOut, int column, double rate) {
        Map<Object, double[]> counts = new HashMap<>();
        for (int i = 0; i < training.size(); i++) {
            double[] c = counts.computeIfAbsent(training.rows().get(i)[column], k -> new double[2]);
            c[0] += training.labels()[i];
            c[1]++;
        }
        double[] out = new double[heldOut.size()];
        for (int i = 0; i < out.length; i++) {
            double[] c = counts.get(heldOut.rows().get(i)[column]);
            // two pseudo-deals at the base rate keep a stage seen once from predicting 0 or 1
            out[i] = c == null ? rate : (c[0] + 2 * rate) / (c[1] + 2);
        }
        return out;
    }

    private static CloseDates closeDates(LabelledTable table, double[] days, int[][] split, long seed) {
        LabelledTable training = table.subset(split[0]);
        double[] trainingDays = Arrays.stream(split[0]).mapToDouble(i -> days[i]).toArray();
        CloseDateModel model = CloseDateModel.fit(training, trainingDays, seed);
        LabelledTable heldOut = table.subset(split[1]);
        double[] actual = Arrays.stream(split[1]).mapToDouble(i -> days[i]).toArray();
        CloseDateModel.Prediction[] predicted = model.predict(heldOut.rows());
        double median = CloseDateModel.quantile(trainingDays, 0.5);
        double[] sums = new double[6];
        int[] counts = new int[3];
        int inside = 0;
        double width = 0;
        for (int i = 0; i < actual.length; i++) {
            double modelError = Math.abs(predicted[i].days() - actual[i]);
            double medianError = Math.abs(median - actual[i]);
            int group = heldOut.labels()[i] == 1 ? 1 : 2;
            for (int g : new int[] {0, group}) {
                sums[2 * g] += modelError;
                sums[2 * g + 1] += medianError;
                counts[g]++;
            }
            inside += actual[i] >= predicted[i].low() && actual[i] <= predicted[i].high() ? 1 : 0;
            width += predicted[i].high() - predicted[i].low();
        }
        return new CloseDates(actual.length, sums[0] / counts[0], sums[1] / counts[0], sums[2] / counts[1], sums[3] / counts[1],
                sums[4] / counts[2], sums[5] / counts[2], (double) inside / actual.length, width / actual.length, median,
                model.describe());
    }

    private static long lap(Map<String, Double> seconds, String step, long since) {
        long now = System.nanoTime();
        seconds.put(step, (now - since) / 1e9);
        return now;
    }
}
