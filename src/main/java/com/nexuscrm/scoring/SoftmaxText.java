package com.nexuscrm.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A multinomial logistic regression over named features of a text (words, stems, word pairs, cue groups: whatever
 * the caller extracts), trained with AdaGrad and L2 from a fixed shuffle, for any label type {@code L}. Plain Java:
 * no native library. It serves the call findings ({@code conversation.UtteranceClassifier}) and the campaign replies
 * ({@code campaign.ReplyClassifier}); each keeps its own features and its own labels, this class only learns and
 * scores. The same data, settings and seed give the same weights (rounded to four decimals, as stored).
 *
 * @param <L> the labels, in the order of the weights' columns
 */
public final class SoftmaxText<L> {
    /** How a model is fitted: passes over the data, AdaGrad's rate, the L2 penalty and how often a feature must occur. */
    public record Settings(int epochs, double learningRate, double l2, int minCount) {
    }

    private final List<L> labels;
    private final Map<String, double[]> weights;

    /** A model with {@code weights} (one column per label, in {@code labels} order); the map is used as given. */
    public SoftmaxText(List<L> labels, Map<String, double[]> weights) {
        this.labels = List.copyOf(labels);
        this.weights = weights;
    }

    public List<L> labels() {
        return labels;
    }

    /** The weights by feature name, sorted by name; shared, not copied. */
    public Map<String, double[]> weights() {
        return weights;
    }

    /** The features of {@code features} that carry weights, in their order. */
    public List<String> known(List<String> features) {
        return features.stream().filter(weights::containsKey).toList();
    }

    /** The probability of each label (in {@link #labels()} order) given {@code features}; unknown features are ignored. */
    public double[] probabilities(List<String> features) {
        return probabilities(weights, known(features), labels.size());
    }

    /** The most likely label given {@code features}. */
    public L best(List<String> features) {
        double[] p = probabilities(features);
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return labels.get(best);
    }

    /**
     * Fits a model: {@code features.get(i)} labelled {@code gold.get(i)}. A feature gets weights when it occurs in at
     * least {@code minCount} examples ("bias" always); each epoch visits the examples in an order shuffled by one
     * {@code Random(seed)}.
     */
    public static <L> SoftmaxText<L> fit(List<L> labels, List<List<String>> features, List<L> gold, Settings settings,
                                         long seed) {
        int size = labels.size();
        List<String> names = weighted(features, settings.minCount());
        Map<String, Integer> index = new HashMap<>();
        names.forEach(name -> index.put(name, index.size()));
        double[][] w = new double[names.size()][size];
        double[][] squares = new double[names.size()][size];
        int[][] present = new int[features.size()][];
        int[] truth = new int[features.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            present[i] = features.get(i).stream().filter(index::containsKey).mapToInt(index::get).toArray();
            truth[i] = labels.indexOf(gold.get(i));
            order.add(i);
        }
        Random random = new Random(seed);
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                double[] p = softmax(w, present[i], size);
                for (int f : present[i]) {
                    step(w[f], squares[f], p, truth[i], settings);
                }
            }
        }
        Map<String, double[]> rounded = new TreeMap<>();
        for (int f = 0; f < names.size(); f++) {
            rounded.put(names.get(f), Arrays.stream(w[f]).map(v -> Math.round(v * 1e4) / 1e4).toArray());
        }
        return new SoftmaxText<>(labels, rounded);
    }

    /** The features that get weights: those in at least {@code minCount} examples, and "bias". */
    private static List<String> weighted(List<List<String>> features, int minCount) {
        Map<String, Integer> counts = new HashMap<>();
        features.forEach(f -> f.forEach(name -> counts.merge(name, 1, Integer::sum)));
        List<String> names = new ArrayList<>();
        counts.forEach((name, n) -> {
            if (n >= minCount || name.equals("bias")) {
                names.add(name);
            }
        });
        return names;
    }

    /** One AdaGrad step of a feature's weights towards {@code truth}, with the L2 penalty. */
    private static void step(double[] wf, double[] g2, double[] p, int truth, Settings settings) {
        for (int c = 0; c < wf.length; c++) {
            double grad = p[c] - (c == truth ? 1 : 0) + settings.l2() * wf[c];
            g2[c] += grad * grad;
            wf[c] -= settings.learningRate() * grad / Math.sqrt(g2[c] + 1e-8);
        }
    }

    private static double[] softmax(double[][] w, int[] present, int size) {
        double[] z = new double[size];
        for (int f : present) {
            for (int c = 0; c < size; c++) {
                z[c] += w[f][c];
            }
        }
        return normalised(z);
    }

    /** The softmax of the summed weights of {@code present} (all of which must carry weights). */
    public static double[] probabilities(Map<String, double[]> w, List<String> present, int size) {
        double[] z = new double[size];
        for (String name : present) {
            double[] wf = w.get(name);
            for (int c = 0; c < size; c++) {
                z[c] += wf[c];
            }
        }
        return normalised(z);
    }

    private static double[] normalised(double[] z) {
        int size = z.length;
        double max = Arrays.stream(z).max().orElse(0);
        double sum = 0;
        for (int c = 0; c < size; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < size; c++) {
            z[c] /= sum;
        }
        return z;
    }

    /**
     * {@code k} folds for cross-validation with each label spread evenly over them: shuffled by {@code seed}, sorted
     * (stably) by {@code byLabel}, then dealt out in turn.
     */
    public static <T> List<List<T>> stratifiedFolds(List<T> data, Comparator<T> byLabel, int k, long seed) {
        List<T> shuffled = new ArrayList<>(data);
        Collections.shuffle(shuffled, new Random(seed));
        shuffled.sort(byLabel);
        List<List<T>> folds = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            folds.add(new ArrayList<>());
        }
        for (int i = 0; i < shuffled.size(); i++) {
            folds.get(i % k).add(shuffled.get(i));
        }
        return folds;
    }

    /** Everything in {@code folds} but fold {@code k}, in fold order (the training part of fold {@code k}). */
    public static <T> List<T> allBut(List<List<T>> folds, int k) {
        List<T> rest = new ArrayList<>();
        for (int j = 0; j < folds.size(); j++) {
            if (j != k) {
                rest.addAll(folds.get(j));
            }
        }
        return rest;
    }
}
