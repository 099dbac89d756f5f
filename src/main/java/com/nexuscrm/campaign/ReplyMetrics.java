package com.nexuscrm.campaign;

import com.nexuscrm.domain.campaign.ReplyIntent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Accuracy, macro F1 and precision and recall per intent of one classifier on labelled replies, each reply counted
 * with a weight (1, or how often a bootstrap resample drew it). Macro F1 is the unweighted mean of the F1 of the
 * intents that occur in the labels or in the predictions.
 *
 * @param name the classifier, in words ("keyword rules")
 */
public record ReplyMetrics(String name, double replies, double accuracy, double macroF1, List<PerIntent> intents) {
    /** The figures of one intent: how many replies have it, how many were said to, how many of those rightly. */
    public record PerIntent(ReplyIntent intent, double support, double predicted, double correct) {
        public double precision() {
            return predicted == 0 ? 0 : correct / predicted;
        }

        public double recall() {
            return support == 0 ? 0 : correct / support;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The figures of {@code predicted} against {@code gold}, every reply counted once. */
    static ReplyMetrics of(String name, List<ReplyIntent> gold, List<ReplyIntent> predicted) {
        double[] ones = new double[gold.size()];
        Arrays.fill(ones, 1);
        return of(name, gold, predicted, ones);
    }

    /** The figures with reply {@code i} counted {@code weights[i]} times. */
    static ReplyMetrics of(String name, List<ReplyIntent> gold, List<ReplyIntent> predicted, double[] weights) {
        int n = ReplyIntent.values().length;
        double[] support = new double[n];
        double[] said = new double[n];
        double[] right = new double[n];
        double total = 0;
        double correct = 0;
        for (int i = 0; i < gold.size(); i++) {
            double w = weights[i];
            int g = gold.get(i).ordinal();
            int p = predicted.get(i).ordinal();
            support[g] += w;
            said[p] += w;
            total += w;
            if (g == p) {
                right[g] += w;
                correct += w;
            }
        }
        List<PerIntent> intents = new ArrayList<>();
        double f1 = 0;
        int counted = 0;
        for (ReplyIntent intent : ReplyIntent.values()) {
            int c = intent.ordinal();
            PerIntent row = new PerIntent(intent, support[c], said[c], right[c]);
            intents.add(row);
            if (support[c] > 0 || said[c] > 0) {
                f1 += row.f1();
                counted++;
            }
        }
        return new ReplyMetrics(name, total, total == 0 ? 0 : correct / total, counted == 0 ? 0 : f1 / counted, intents);
    }

    /** The figures of {@code intent}. */
    public PerIntent of(ReplyIntent intent) {
        return intents.get(intent.ordinal());
    }
}
