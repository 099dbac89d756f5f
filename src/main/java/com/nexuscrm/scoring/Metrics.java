package com.nexuscrm.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** How good a set of predicted probabilities is against 0/1 outcomes. */
public record Metrics(int rows, int positives, double auc, double prAuc, double logLoss, double brier,
                      List<Double> liftByDecile, List<ReliabilityBin> reliability) {

    /** One bin of the reliability table: the predicted chance against how often it happened. */
    public record ReliabilityBin(double from, double to, int leads, double meanPredicted, double observed) { }

    public static Metrics of(double[] p, int[] y) {
        int positives = Arrays.stream(y).sum();
        return new Metrics(p.length, positives, auc(p, y), averagePrecision(p, y), logLoss(p, y), brier(p, y),
                liftByDecile(p, y), reliability(p, y, 10));
    }

    /** The chance that a random converted lead outscores a random other one (ties count half). */
    static double auc(double[] p, int[] y) {
        Integer[] order = sortedAscending(p);
        double rankSumPositives = 0;
        int positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && p[order[j + 1]] == p[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (y[order[k]] == 1) {
                    rankSumPositives += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = order.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSumPositives - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** Area under the precision-recall curve, as average precision. */
    static double averagePrecision(double[] p, int[] y) {
        Integer[] order = sortedAscending(p);
        int positives = Arrays.stream(y).sum();
        if (positives == 0) {
            return Double.NaN;
        }
        double sum = 0;
        int hits = 0;
        for (int rank = 0; rank < order.length; rank++) {
            int i = order[order.length - 1 - rank];
            if (y[i] == 1) {
                hits++;
                sum += (double) hits / (rank + 1);
            }
        }
        return sum / positives;
    }

    static double logLoss(double[] p, int[] y) {
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            double q = Math.max(1e-15, Math.min(1 - 1e-15, p[i]));
            sum -= y[i] == 1 ? Math.log(q) : Math.log(1 - q);
        }
        return sum / p.length;
    }

    static double brier(double[] p, int[] y) {
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            sum += (p[i] - y[i]) * (p[i] - y[i]);
        }
        return sum / p.length;
    }

    /** Conversion rate in each tenth of the leads (highest scores first) divided by the overall rate. */
    static List<Double> liftByDecile(double[] p, int[] y) {
        Integer[] order = sortedAscending(p);
        double base = (double) Arrays.stream(y).sum() / y.length;
        List<Double> lifts = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            int from = (int) Math.round(d * order.length / 10.0);
            int to = (int) Math.round((d + 1) * order.length / 10.0);
            int hits = 0;
            for (int k = from; k < to; k++) {
                hits += y[order[order.length - 1 - k]];
            }
            lifts.add(to == from || base == 0 ? Double.NaN : (double) hits / (to - from) / base);
        }
        return lifts;
    }

    static List<ReliabilityBin> reliability(double[] p, int[] y, int bins) {
        List<ReliabilityBin> table = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            double from = (double) b / bins;
            double to = (double) (b + 1) / bins;
            int last = b == bins - 1 ? 1 : 0;
            int[] in = IntStream.range(0, p.length).filter(i -> p[i] >= from && (p[i] < to || last == 1 && p[i] <= to)).toArray();
            if (in.length > 0) {
                double mean = Arrays.stream(in).mapToDouble(i -> p[i]).average().orElse(0);
                double observed = Arrays.stream(in).map(i -> y[i]).average().orElse(0);
                table.add(new ReliabilityBin(from, to, in.length, mean, observed));
            }
        }
        return table;
    }

    static Integer[] sortedAscending(double[] p) {
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < p.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        return order;
    }
}
