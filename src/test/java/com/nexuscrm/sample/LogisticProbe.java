package com.nexuscrm.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain logistic regression fitted by gradient descent, and the AUC of its scores: enough to check
 * that the generated outcomes are learnable from stored fields, and not trivially so.
 */
final class LogisticProbe {
    private final double[] weights;
    private final double[] mean;
    private final double[] scale;

    private LogisticProbe(double[] weights, double[] mean, double[] scale) {
        this.weights = weights;
        this.mean = mean;
        this.scale = scale;
    }

    static LogisticProbe fit(List<double[]> rows, List<Boolean> labels) {
        int features = rows.get(0).length;
        double[] mean = new double[features];
        double[] scale = new double[features];
        for (int j = 0; j < features; j++) {
            final int column = j;
            mean[j] = rows.stream().mapToDouble(r -> r[column]).average().orElse(0);
            double variance = rows.stream().mapToDouble(r -> Math.pow(r[column] - mean[column], 2)).average().orElse(1);
            scale[j] = variance > 0 ? Math.sqrt(variance) : 1;
        }
        double[] w = new double[features + 1];
        for (int iteration = 0; iteration < 400; iteration++) {
            double[] gradient = new double[features + 1];
            for (int i = 0; i < rows.size(); i++) {
                double[] x = standardise(rows.get(i), mean, scale);
                double error = sigmoid(dot(w, x)) - (labels.get(i) ? 1 : 0);
                gradient[0] += error;
                for (int j = 0; j < features; j++) {
                    gradient[j + 1] += error * x[j];
                }
            }
            for (int j = 0; j < w.length; j++) {
                w[j] -= 0.5 * gradient[j] / rows.size();
            }
        }
        return new LogisticProbe(w, mean, scale);
    }

    double score(double[] row) {
        return sigmoid(dot(weights, standardise(row, mean, scale)));
    }

    /** Area under the ROC curve: the chance that a random positive outscores a random negative. */
    static double auc(List<Double> scores, List<Boolean> labels) {
        List<Double> positives = new ArrayList<>();
        List<Double> negatives = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            (labels.get(i) ? positives : negatives).add(scores.get(i));
        }
        double[] negative = negatives.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double wins = 0;
        for (double p : positives) {
            int below = lowerBound(negative, p);
            int notAbove = lowerBound(negative, Math.nextUp(p));
            wins += below + 0.5 * (notAbove - below);
        }
        return wins / ((double) positives.size() * negative.length);
    }

    private static int lowerBound(double[] sorted, double value) {
        int index = Arrays.binarySearch(sorted, value);
        if (index < 0) {
            return -index - 1;
        }
        while (index > 0 && sorted[index - 1] == value) {
            index--;
        }
        return index;
    }

    private static double[] standardise(double[] row, double[] mean, double[] scale) {
        double[] x = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            x[j] = (row[j] - mean[j]) / scale[j];
        }
        return x;
    }

    private static double dot(double[] w, double[] x) {
        double sum = w[0];
        for (int j = 0; j < x.length; j++) {
            sum += w[j + 1] * x[j];
        }
        return sum;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
