package com.nexuscrm.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.nexuscrm.json.Json;
import com.nexuscrm.scoring.SoftmaxText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What an utterance is (an objection of some kind, a buying signal, a next step or none of these), by meaning rather
 * than one phrasing: a multinomial logistic regression over {@link UtteranceFeatures} (words, stems, word pairs,
 * negation, cue groups), trained with AdaGrad and L2 on a labelled set written for the purpose: the learner is
 * {@link SoftmaxText}, which the campaign reply classifier shares. Plain Java: no native library, so it runs wherever the call analysis runs. The shipped model is
 * {@code models/call-findings/model.json} (in the jar as {@code /models/call-findings/}); {@code nexus train calls} rebuilds it; its card is
 * {@code models/call-findings/MODEL_CARD.md}.
 */
public final class UtteranceClassifier {
    static final String RESOURCE = "/models/call-findings/model.json";
    static final int EPOCHS = 40;
    static final double LEARNING_RATE = 0.1;
    static final double L2 = 1e-4;
    /** A feature must be seen in this many training utterances to get weights. */
    static final int MIN_COUNT = 1;
    /** The model file format: 3 since the features include cue pairs and the threshold is on "not none". */
    static final int FORMAT = 3;
    private static final SoftmaxText.Settings SETTINGS = new SoftmaxText.Settings(EPOCHS, LEARNING_RATE, L2, MIN_COUNT);

    /**
     * The most likely category and its probability, the probability of "none", and the most likely category other
     * than "none" ({@code finding}), which the analysis takes when "none" is unlikely enough.
     */
    public record Prediction(CallCategory category, double probability, double noneProbability, CallCategory finding) {
    }

    /** Cross-validation folds on the training file that choose {@link #threshold()}. */
    static final int FOLDS = 5;
    /** The thresholds tried, from {@value #LOWEST_THRESHOLD} up in steps of 0.05. */
    static final double LOWEST_THRESHOLD = 0.3;

    /**
     * The model as stored: weights per feature, one per category in {@code categories} order; the probability a
     * finding needs ({@code threshold}) and the cross-validated figures it was chosen by.
     */
    record ModelFile(int format, String trainedOn, long seed, int epochs, double learningRate, double l2,
                     double threshold, String thresholdChosenBy, List<String> categories, Map<String, double[]> weights) {
    }

    private final List<CallCategory> categories;
    private final Map<String, double[]> weights;
    private final ModelFile file;

    private UtteranceClassifier(ModelFile file) {
        this.file = file;
        this.categories = file.categories().stream().map(CallCategory::of).toList();
        if (file.format() != FORMAT) {
            throw new IllegalStateException("The call findings model is in format " + file.format() + ", this version reads "
                    + FORMAT + "; run 'nexus train calls' to rebuild it");
        }
        if (categories.contains(null) || !categories.contains(CallCategory.NONE)) {
            throw new IllegalStateException("The call findings model names unknown categories: " + file.categories());
        }
        this.weights = file.weights();
    }

    /** The model shipped in the jar, read once. */
    public static UtteranceClassifier shipped() {
        return Shipped.MODEL;
    }

    /** Holds the shipped model: read at first use, then shared (the classifier is immutable). */
    private static final class Shipped {
        static final UtteranceClassifier MODEL = load();
    }

    private static UtteranceClassifier load() {
        try (InputStream in = UtteranceClassifier.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath; run 'nexus train calls'");
            }
            return new UtteranceClassifier(Json.mapper().readValue(in, ModelFile.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the call findings model " + RESOURCE, e);
        }
    }

    /** Reads a model written by {@link #write}. */
    public static UtteranceClassifier read(Path path) throws IOException {
        return new UtteranceClassifier(Json.mapper().readValue(path.toFile(), ModelFile.class));
    }

    /** Writes this model as JSON to {@code path}. */
    public void write(Path path) throws IOException {
        try {
            Files.writeString(path, Json.mapper().writeValueAsString(file) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the call findings model", e);
        }
    }

    /**
     * The probability that an utterance is something other than "none" (1 - P(none)) from which the analysis takes
     * the most likely other category as a finding.
     */
    public double threshold() {
        return file.threshold();
    }

    /** How the threshold was chosen, in words (cross-validated figures on the training file). */
    public String thresholdChosenBy() {
        return file.thresholdChosenBy();
    }

    /** This model with another threshold (the weights are shared). */
    UtteranceClassifier withThreshold(double threshold) {
        return new UtteranceClassifier(new ModelFile(file.format(), file.trainedOn(), file.seed(), file.epochs(),
                file.learningRate(), file.l2(), threshold, file.thresholdChosenBy(), file.categories(), weights));
    }

    /** How many features carry weights. */
    public int features() {
        return weights.size();
    }

    /**
     * Trains on {@code data} with a fixed shuffle from {@code seed}; the same data and seed give the same model. The
     * threshold is chosen by {@value #FOLDS}-fold cross-validation on {@code data} alone (see {@link FindingsThreshold}).
     */
    public static UtteranceClassifier train(List<LabelledUtterances.Labelled> data, long seed, String trainedOn) {
        FindingsThreshold.Choice choice = FindingsThreshold.choose(data, seed);
        Map<String, double[]> w = fit(data, seed);
        return new UtteranceClassifier(new ModelFile(FORMAT, trainedOn, seed, EPOCHS, LEARNING_RATE, L2, choice.threshold(),
                choice.why(), List.of(CallCategory.values()).stream().map(CallCategory::key).toList(), w));
    }

    /** A model from {@code data} whose threshold is {@code threshold} (cross-validation folds). */
    static UtteranceClassifier fitted(List<LabelledUtterances.Labelled> data, long seed, double threshold) {
        return new UtteranceClassifier(new ModelFile(FORMAT, "fold", seed, EPOCHS, LEARNING_RATE, L2, threshold, "",
                List.of(CallCategory.values()).stream().map(CallCategory::key).toList(), fit(data, seed)));
    }

    private static Map<String, double[]> fit(List<LabelledUtterances.Labelled> data, long seed) {
        List<List<String>> features = data.stream().map(d -> UtteranceFeatures.of(d.words())).toList();
        List<CallCategory> gold = data.stream().map(LabelledUtterances.Labelled::category).toList();
        return SoftmaxText.fit(List.of(CallCategory.values()), features, gold, SETTINGS, seed).weights();
    }

    /**
     * The most likely category of {@code words} (lowercase recogniser words); words none of which the model has seen
     * (or only fillers) are "none" for sure, since the priors alone would otherwise make a finding of "mm hmm".
     */
    public Prediction classify(List<String> words) {
        List<String> present = UtteranceFeatures.of(words).stream().filter(weights::containsKey).toList();
        if (present.stream().noneMatch(f -> f.startsWith("w:"))) {
            return new Prediction(CallCategory.NONE, 1, 1, CallCategory.NONE);
        }
        double[] p = SoftmaxText.probabilities(weights, present, categories.size());
        int none = categories.indexOf(CallCategory.NONE);
        int best = 0;
        int finding = none == 0 ? 1 : 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
            if (c != none && p[c] > p[finding]) {
                finding = c;
            }
        }
        return new Prediction(categories.get(best), p[best], p[none], categories.get(finding));
    }
}
