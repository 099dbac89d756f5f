package com.nexuscrm.scoring;

import com.nexuscrm.domain.Progress;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * An honest held-out comparison: a stratified 80/20 split with a fixed seed; the DL4J model (which splits
 * its 80% again for early stopping and calibration) and Tribuo's logistic regression both learn from the
 * 80% only, and both are measured once on the 20%, beside the base-rate prior. Nothing is tuned on the 20%.
 */
public final class LeadEvaluation {
    public static final long DEFAULT_SEED = 42;

    /** Held-out metrics of each model on the same rows. */
    public record Result(int trainingRows, int heldOutRows, Metrics network, Metrics logistic, Metrics prior,
                         ModelCard card) { }

    private LeadEvaluation() { }

    public static Result run(LeadTable table, List<String> dropped, long seed, Progress progress) {
        int[][] split = LeadTrainer.stratifiedSplit(table.labels(), 0.2, seed);
        LeadTable training = table.subset(split[0]);
        LeadTable heldOut = table.subset(split[1]);
        LeadModel model = new LeadTrainer(Clock.systemUTC(), seed).train(training, "eval", dropped, progress);
        Metrics network = Metrics.of(model.probabilities(heldOut.rows()), heldOut.labels());
        progress.update(1, 1, "Training the logistic-regression baseline");
        Metrics logistic = Metrics.of(BaselineLogistic.train(training).probabilities(heldOut), heldOut.labels());
        double rate = (double) training.positives() / training.size();
        double[] constant = new double[heldOut.size()];
        Arrays.fill(constant, rate);
        Metrics prior = Metrics.of(constant, heldOut.labels());
        return new Result(training.size(), heldOut.size(), network, logistic, prior, model.card());
    }
}
