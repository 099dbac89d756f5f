package com.nexuscrm.conversation;

import com.nexuscrm.scoring.SoftmaxText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chooses the probability of "not none" from which the call analysis takes the classifier's category as a finding, by
 * {@value UtteranceClassifier#FOLDS}-fold cross-validation on the training file only (never a held-out file): each
 * fold's model is trained on the other folds, the combined findings (patterns and classifier, as in a call) are made
 * for the fold's utterances at every threshold tried, and the threshold with the best macro F1 over the ten
 * categories wins; among the thresholds in a near tie with it (within {@value #TIE}) the highest wins, since a call
 * is mostly plain talk and a false finding costs more there than in a labelled file, unless it lets the
 * cross-validated recall of objections (pooled) or of next steps fall below {@value #RECALL_FLOOR}: the macro F1 of
 * this model is flat over a wide range, so the near tie alone would pick the threshold by noise, and the product
 * needs a recall of 0.8 on utterances never seen (the floor leaves a margin for a new set of about a hundred).
 * When no threshold in the tie keeps that recall, the highest in the tie wins.
 */
final class FindingsThreshold {
    static final double TIE = 0.005;
    static final double RECALL_FLOOR = 0.85;
    private static final double STEP = 0.05;
    private static final double HIGHEST = 0.9;

    /** The chosen threshold and the figures it was chosen by. */
    record Choice(double threshold, String why) {
    }

    private FindingsThreshold() {
    }

    static Choice choose(List<LabelledUtterances.Labelled> data, long seed) {
        List<Double> thresholds = new ArrayList<>();
        for (double t = UtteranceClassifier.LOWEST_THRESHOLD; t <= HIGHEST + 1e-9; t += STEP) {
            thresholds.add(Math.round(t * 100) / 100.0);
        }
        List<LabelledUtterances.Labelled> ordered = new ArrayList<>();
        List<List<Set<CallCategory>>> predicted = crossValidated(folds(data, seed), seed, thresholds, ordered);
        double[] f1 = new double[thresholds.size()];
        double top = 0;
        for (int i = 0; i < thresholds.size(); i++) {
            f1[i] = CallFindingsEvaluation.macroF1(CallFindingsEvaluation.scores(ordered, predicted.get(i)));
            top = Math.max(top, f1[i]);
        }
        int highestInTie = thresholds.size() - 1;
        while (f1[highestInTie] < top - TIE) {
            highestInTie--;
        }
        int best = highestInTie;
        while (best >= 0 && (f1[best] < top - TIE || !keepsRecall(ordered, predicted.get(best)))) {
            best--;
        }
        boolean floorKept = best >= 0;
        best = floorKept ? best : highestInTie;
        CallFindingsEvaluation.Scores objections = score(ordered, predicted.get(best), "objections");
        return new Choice(thresholds.get(best), String.format(Locale.ROOT,
                "%d-fold cross-validation on the training file: macro F1 %.3f at %.2f (from %.3f at %.2f to %.3f at %.2f);"
                        + " objections precision %.3f recall %.3f, next steps recall %.3f; %s",
                UtteranceClassifier.FOLDS, f1[best], thresholds.get(best), f1[0], thresholds.get(0), f1[f1.length - 1],
                thresholds.get(f1.length - 1), objections.precision(), objections.recall(),
                score(ordered, predicted.get(best), "next_step").recall(), floorKept
                        ? String.format(Locale.ROOT, "the highest threshold within %.3f of the best macro F1 that keeps both"
                        + " recalls at %.2f or more", TIE, RECALL_FLOOR)
                        : String.format(Locale.ROOT, "no threshold within %.3f of the best macro F1 keeps both recalls at %.2f;"
                        + " the highest of them", TIE, RECALL_FLOOR)));
    }

    private static boolean keepsRecall(List<LabelledUtterances.Labelled> data, List<Set<CallCategory>> predicted) {
        return score(data, predicted, "objections").recall() >= RECALL_FLOOR
                && score(data, predicted, "next_step").recall() >= RECALL_FLOOR;
    }

    private static CallFindingsEvaluation.Scores score(List<LabelledUtterances.Labelled> data, List<Set<CallCategory>> predicted,
                                                       String category) {
        return CallFindingsEvaluation.scores(data, predicted).stream().filter(s -> s.category().equals(category))
                .findFirst().orElseThrow();
    }

    /**
     * Per threshold, the findings for every utterance when its fold was left out, in the order the folds' utterances
     * are appended to {@code ordered}.
     */
    private static List<List<Set<CallCategory>>> crossValidated(List<List<LabelledUtterances.Labelled>> folds, long seed,
                                                                List<Double> thresholds, List<LabelledUtterances.Labelled> ordered) {
        List<List<Set<CallCategory>>> predicted = new ArrayList<>();
        thresholds.forEach(t -> predicted.add(new ArrayList<>()));
        for (int k = 0; k < folds.size(); k++) {
            List<LabelledUtterances.Labelled> rest = SoftmaxText.allBut(folds, k);
            UtteranceClassifier model = UtteranceClassifier.fitted(rest, seed, thresholds.get(0));
            ordered.addAll(folds.get(k));
            for (int i = 0; i < thresholds.size(); i++) {
                predicted.get(i).addAll(CallFindingsEvaluation.predict(folds.get(k), model.withThreshold(thresholds.get(i))));
            }
        }
        return predicted;
    }

    /** Folds with each category spread evenly over them, after a shuffle from {@code seed}. */
    private static List<List<LabelledUtterances.Labelled>> folds(List<LabelledUtterances.Labelled> data, long seed) {
        return SoftmaxText.stratifiedFolds(data, Comparator.comparing(LabelledUtterances.Labelled::category),
                UtteranceClassifier.FOLDS, seed);
    }
}
