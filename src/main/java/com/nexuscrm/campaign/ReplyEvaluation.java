package com.nexuscrm.campaign;

import com.nexuscrm.domain.campaign.ReplyIntent;
import com.nexuscrm.scoring.Bootstrap;
import com.nexuscrm.scoring.SoftmaxText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The reply classifier measured on labelled replies it was not trained on, beside two baselines: the keyword rules
 * ({@link ReplyKeywordRules}) and the majority class of the training file. On a test file, the model is trained on
 * the training file and measured once, with paired bootstrap intervals ({@link Bootstrap#compare}) of accuracy and
 * macro F1 against each baseline; on the training file alone, {@value #FOLDS}-fold cross-validation gives figures
 * that never look at a test file.
 */
public final class ReplyEvaluation {
    static final int FOLDS = 5;

    /** The model and a baseline compared on accuracy and on macro F1 (model, baseline, difference, with intervals). */
    public record Versus(String baseline, Bootstrap.Comparison accuracy, Bootstrap.Comparison macroF1) {
    }

    /** Figures of the model and the baselines on one set of replies. */
    public record Figures(ReplyMetrics model, List<ReplyMetrics> baselines) {
        public ReplyMetrics baseline(String name) {
            return baselines.stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
        }
    }

    /** A held-out evaluation: where from, the figures, the comparisons with intervals and the cross-validated figures. */
    public record Result(String train, String test, int trainReplies, int testReplies, Figures heldOut,
                         List<Versus> comparisons, Figures crossValidated) {
    }

    static final String MODEL = "reply classifier";
    static final String KEYWORDS = "keyword rules";
    static final String MAJORITY = "majority";

    private ReplyEvaluation() {
    }

    /**
     * Trains on {@code train} (the shipped training set when null), measures on {@code test}, and cross-validates on
     * the training set; {@code seed} drives the training shuffle, the folds and the bootstrap.
     */
    public static Result run(Path train, Path test, long seed) {
        List<LabelledReplies.Labelled> training = train == null
                ? LabelledReplies.resource(ReplyClassifier.RESOURCE) : LabelledReplies.read(train);
        List<LabelledReplies.Labelled> testing = LabelledReplies.read(test);
        ReplyClassifier model = ReplyClassifier.train(training, seed);
        ReplyIntent majority = majority(training);
        List<ReplyIntent> gold = intents(testing, LabelledReplies.Labelled::intent);
        List<ReplyIntent> byModel = intents(testing, r -> model.classify(r.text()).intent());
        List<ReplyIntent> byRules = intents(testing, r -> ReplyKeywordRules.classify(r.text()));
        List<ReplyIntent> byMajority = intents(testing, r -> majority);
        Figures heldOut = new Figures(ReplyMetrics.of(MODEL, gold, byModel), List.of(ReplyMetrics.of(KEYWORDS, gold, byRules),
                ReplyMetrics.of(MAJORITY + ": " + majority.key(), gold, byMajority)));
        List<Versus> versus = List.of(versus(KEYWORDS, gold, byModel, byRules, seed),
                versus(heldOut.baselines().get(1).name(), gold, byModel, byMajority, seed));
        return new Result(train == null ? "shipped " + ReplyClassifier.RESOURCE : train.toString(), test.toString(),
                training.size(), testing.size(), heldOut, versus, crossValidate(training, seed));
    }

    /**
     * {@value #FOLDS}-fold cross-validation on {@code data} (folds stratified by intent): each fold's replies are
     * classified by a model and a majority class from the other folds, and by the keyword rules; the figures pool
     * the folds.
     */
    public static Figures crossValidate(List<LabelledReplies.Labelled> data, long seed) {
        List<List<LabelledReplies.Labelled>> folds = SoftmaxText.stratifiedFolds(data,
                Comparator.comparing(LabelledReplies.Labelled::intent), FOLDS, seed);
        List<ReplyIntent> gold = new ArrayList<>();
        List<ReplyIntent> byModel = new ArrayList<>();
        List<ReplyIntent> byRules = new ArrayList<>();
        List<ReplyIntent> byMajority = new ArrayList<>();
        for (int k = 0; k < folds.size(); k++) {
            List<LabelledReplies.Labelled> rest = SoftmaxText.allBut(folds, k);
            ReplyClassifier model = ReplyClassifier.train(rest, seed);
            ReplyIntent majority = majority(rest);
            for (LabelledReplies.Labelled r : folds.get(k)) {
                gold.add(r.intent());
                byModel.add(model.classify(r.text()).intent());
                byRules.add(ReplyKeywordRules.classify(r.text()));
                byMajority.add(majority);
            }
        }
        return new Figures(ReplyMetrics.of(MODEL, gold, byModel), List.of(ReplyMetrics.of(KEYWORDS, gold, byRules),
                ReplyMetrics.of(MAJORITY, gold, byMajority)));
    }

    private static Versus versus(String name, List<ReplyIntent> gold, List<ReplyIntent> model, List<ReplyIntent> baseline,
                                 long seed) {
        return new Versus(name,
                Bootstrap.compare(gold.size(), w -> ReplyMetrics.of(MODEL, gold, model, w).accuracy(),
                        w -> ReplyMetrics.of(name, gold, baseline, w).accuracy(), seed),
                Bootstrap.compare(gold.size(), w -> ReplyMetrics.of(MODEL, gold, model, w).macroF1(),
                        w -> ReplyMetrics.of(name, gold, baseline, w).macroF1(), seed));
    }

    /** The commonest intent of {@code data}; in a tie, the first in {@link ReplyIntent} order. */
    static ReplyIntent majority(List<LabelledReplies.Labelled> data) {
        int[] counts = new int[ReplyIntent.values().length];
        data.forEach(r -> counts[r.intent().ordinal()]++);
        int best = 0;
        for (int c = 1; c < counts.length; c++) {
            best = counts[c] > counts[best] ? c : best;
        }
        return ReplyIntent.values()[best];
    }

    private static List<ReplyIntent> intents(List<LabelledReplies.Labelled> data,
                                             Function<LabelledReplies.Labelled, ReplyIntent> by) {
        return data.stream().map(by).toList();
    }
}
