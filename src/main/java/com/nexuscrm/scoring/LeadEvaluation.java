package com.nexuscrm.scoring;

import com.nexuscrm.domain.Progress;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An honest held-out comparison: a stratified 80/20 split with a fixed seed; the leakage guard checks the
 * 80% only; the selected DL4J model (which splits its 80% again for early stopping, calibration and the
 * choice between candidates) and Tribuo's logistic regression both learn from the 80% only, and both are
 * measured once on the 20%, beside the base-rate prior, with paired bootstrap intervals for AUC. Nothing is
 * tuned on the 20%. The result also says where the time went.
 */
public final class LeadEvaluation {
    public static final long DEFAULT_SEED = 42;

    /** Held-out metrics of each model on the same rows, the AUC comparison, and seconds per step. */
    public record Result(int trainingRows, int heldOutRows, Metrics network, Metrics logistic, Metrics prior,
                         ModelCard card, LeakageGuard.Report guard, Bootstrap.Comparison comparison,
                         Map<String, Double> seconds) {
        /** "beats", "ties" or "loses" the logistic baseline on held-out AUC (by the bootstrap interval). */
        public String verdict() {
            return comparison.verdict();
        }
    }

    private LeadEvaluation() { }

    public static Result run(LabelledTable table, List<String> dropped, long seed, Progress progress) {
        return run(table, dropped, List.of(), seed, progress);
    }

    public static Result run(LabelledTable table, List<String> dropped, Collection<String> keep, long seed, Progress progress) {
        return run(table, null, dropped, keep, seed, progress);
    }

    /**
     * The same for tables whose rows are not independent: {@code groups} (aligned with the rows; null when rows are
     * independent) names each row's record, e.g. an account described at several cut-offs, and both the held-out
     * split and the validation split inside the 80% keep a group's rows on one side ({@link LeadTrainer#groupedSplit}).
     */
    public static Result run(LabelledTable table, List<?> groups, List<String> dropped, Collection<String> keep, long seed,
                             Progress progress) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        long t = System.nanoTime();
        NativeMath.require();
        t = lap(seconds, "ND4J start", t);
        int[][] split = groups == null ? LeadTrainer.stratifiedSplit(table.labels(), 0.2, seed)
                : LeadTrainer.groupedSplit(groups, table.labels(), 0.2, seed);
        LeakageGuard.Report guard = LeakageGuard.check(table.subset(split[0]), keep, seed);
        LabelledTable guarded = guard.apply(table);
        LabelledTable training = guarded.subset(split[0]);
        LabelledTable heldOut = guarded.subset(split[1]);
        t = lap(seconds, "leakage guard", t);
        LeadTrainer trainer = new LeadTrainer(Clock.systemUTC(), seed);
        if (groups != null) {
            trainer.grouped(java.util.Arrays.stream(split[0]).mapToObj(groups::get).toList());
        }
        LeadModel model = trainer.trainChecked(training, "eval", dropped, guard, progress);
        long trained = System.nanoTime();
        double candidateSeconds = 0;
        for (ModelCard.CandidateResult c : model.card().candidates()) {
            if (!c.name().equals(Candidate.ENSEMBLE) && !c.name().equals(Candidate.BASE_RATE)) { // the ensemble's time is its members' time
                seconds.put("training " + c.name(), c.trainingSeconds());
                candidateSeconds += c.trainingSeconds();
            }
        }
        seconds.put("encoding and selection", Math.max(0, (trained - t) / 1e9 - candidateSeconds));
        double[] p = model.probabilities(heldOut.rows());
        t = lap(seconds, "scoring held-out rows", trained);
        progress.update(1, 1, "Training the logistic-regression baseline");
        double[] baseline = BaselineLogistic.train(training).probabilities(heldOut);
        t = lap(seconds, "logistic baseline", t);
        double rate = (double) training.positives() / training.size();
        double[] constant = new double[heldOut.size()];
        Arrays.fill(constant, rate);
        Metrics network = Metrics.of(p, heldOut.labels());
        Metrics logistic = Metrics.of(baseline, heldOut.labels());
        Metrics prior = Metrics.of(constant, heldOut.labels());
        Bootstrap.Comparison comparison = Bootstrap.compareAuc(p, baseline, heldOut.labels(), seed);
        lap(seconds, "metrics and bootstrap", t);
        return new Result(training.size(), heldOut.size(), network, logistic, prior, model.card(), guard, comparison,
                seconds);
    }

    private static long lap(Map<String, Double> seconds, String step, long since) {
        long now = System.nanoTime();
        seconds.put(step, (now - since) / 1e9);
        return now;
    }
}
