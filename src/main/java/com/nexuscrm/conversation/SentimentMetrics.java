package com.nexuscrm.conversation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Accuracy, macro-F1 (the unweighted mean of the classes' F1) and per-class F1 over the classes that the labels
 * use: three on GoEmotions, positive and negative on a two-class set such as the UCI sentences.
 *
 * @param confusion {@code confusion[truth][predicted]} by {@link Polarity#ordinal()}
 */
public record SentimentMetrics(int examples, double accuracy, double macroF1, Map<Polarity, Double> f1, int[][] confusion) {

    static SentimentMetrics of(List<Polarity> truth, List<Polarity> predicted, List<Polarity> classes) {
        int[][] confusion = new int[3][3];
        int right = 0;
        for (int i = 0; i < truth.size(); i++) {
            confusion[truth.get(i).ordinal()][predicted.get(i).ordinal()]++;
            right += truth.get(i) == predicted.get(i) ? 1 : 0;
        }
        Map<Polarity, Double> f1 = new EnumMap<>(Polarity.class);
        double sum = 0;
        for (Polarity p : classes) {
            int tp = confusion[p.ordinal()][p.ordinal()];
            int predictedP = 0;
            int actualP = 0;
            for (int k = 0; k < 3; k++) {
                predictedP += confusion[k][p.ordinal()];
                actualP += confusion[p.ordinal()][k];
            }
            double precision = predictedP == 0 ? 0 : tp / (double) predictedP;
            double recall = actualP == 0 ? 0 : tp / (double) actualP;
            double score = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            f1.put(p, score);
            sum += score;
        }
        return new SentimentMetrics(truth.size(), truth.isEmpty() ? 0 : right / (double) truth.size(),
                classes.isEmpty() ? 0 : sum / classes.size(), f1, confusion);
    }
}
