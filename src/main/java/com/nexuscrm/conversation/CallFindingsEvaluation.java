package com.nexuscrm.conversation;

import com.nexuscrm.domain.call.Finding;
import com.nexuscrm.domain.call.Speaker;
import com.nexuscrm.domain.call.SpokenWord;
import com.nexuscrm.domain.call.Utterance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Precision and recall per category on labelled utterances the model was never tuned on: the call findings as the
 * analysis makes them (patterns and classifier, {@link UtteranceFindings}) beside the phrase patterns alone (the
 * detector before the classifier), each utterance said by the customer. An utterance counts as found for a category
 * when any finding of that category comes out of it; objections pooled count only the right kind.
 */
public final class CallFindingsEvaluation {
    /** Figures of one detector for one category (or a pooled row). */
    public record Scores(String category, int support, int found, int predicted) {
        public double precision() {
            return predicted == 0 ? 0 : (double) found / predicted;
        }

        public double recall() {
            return support == 0 ? 0 : (double) found / support;
        }
    }

    /** Per category, then "objections" pooled over the eight kinds, then "none" (false findings on plain talk). */
    public record Result(Path file, int utterances, List<Scores> model, List<Scores> baseline,
                         double modelFalseAlarms, double baselineFalseAlarms) {
        public Scores model(String category) {
            return model.stream().filter(s -> s.category().equals(category)).findFirst().orElseThrow();
        }

        public Scores baseline(String category) {
            return baseline.stream().filter(s -> s.category().equals(category)).findFirst().orElseThrow();
        }
    }

    private CallFindingsEvaluation() {
    }

    /** Evaluates {@code model} with the shipped patterns on the labelled utterances of {@code file}. */
    public static Result run(Path file, UtteranceClassifier model) {
        List<LabelledUtterances.Labelled> data = LabelledUtterances.read(file);
        List<Set<CallCategory>> modelOut = predict(data, model);
        List<Set<CallCategory>> baselineOut = predict(data, null);
        return new Result(file, data.size(), scores(data, modelOut), scores(data, baselineOut),
                falseAlarms(data, modelOut), falseAlarms(data, baselineOut));
    }

    /**
     * What the call analysis finds in each utterance, said by the customer: the shipped patterns with {@code model}
     * at its threshold, or the patterns alone when {@code model} is null.
     */
    static List<Set<CallCategory>> predict(List<LabelledUtterances.Labelled> data, UtteranceClassifier model) {
        UtteranceFindings findings = new UtteranceFindings(model, Patterns.OBJECTIONS, Patterns.SIGNALS);
        List<Set<CallCategory>> out = new ArrayList<>();
        for (LabelledUtterances.Labelled d : data) {
            List<Utterance> u = List.of(utterance(d.words()));
            out.add(categories(findings.objections(u), !findings.buyingSignals(u).isEmpty(),
                    !findings.nextSteps(u, null).isEmpty()));
        }
        return out;
    }

    /** The shipped phrase files, read once (cross-validation evaluates many times). */
    private static final class Patterns {
        static final PhraseMatcher OBJECTIONS = PhraseMatcher.resource("objections.txt");
        static final PhraseMatcher SIGNALS = PhraseMatcher.resource("buying-signals.txt");
    }

    /** Mean F1 over the ten categories (not the pooled objections row). */
    public static double macroF1(List<Scores> scores) {
        return scores.stream().filter(s -> !s.category().equals("objections")).mapToDouble(s -> {
            double p = s.precision();
            double q = s.recall();
            return p + q == 0 ? 0 : 2 * p * q / (p + q);
        }).average().orElse(0);
    }

    private static Set<CallCategory> categories(List<Finding> objections, boolean signal, boolean nextStep) {
        Set<CallCategory> out = EnumSet.noneOf(CallCategory.class);
        objections.stream().map(f -> CallCategory.of(f.label())).filter(c -> c != null && c.objection()).forEach(out::add);
        if (signal) {
            out.add(CallCategory.BUYING_SIGNAL);
        }
        if (nextStep) {
            out.add(CallCategory.NEXT_STEP);
        }
        return out;
    }

    static List<Scores> scores(List<LabelledUtterances.Labelled> data, List<Set<CallCategory>> predicted) {
        List<Scores> out = new ArrayList<>();
        int pooledSupport = 0;
        int pooledFound = 0;
        int pooledPredicted = 0;
        for (CallCategory c : Arrays.stream(CallCategory.values()).filter(c -> c != CallCategory.NONE).toList()) {
            int support = 0;
            int found = 0;
            int said = 0;
            for (int i = 0; i < data.size(); i++) {
                boolean gold = data.get(i).category() == c;
                boolean hit = predicted.get(i).contains(c);
                support += gold ? 1 : 0;
                said += hit ? 1 : 0;
                found += gold && hit ? 1 : 0;
            }
            out.add(new Scores(c.key(), support, found, said));
            if (c.objection()) {
                pooledSupport += support;
                pooledFound += found;
                pooledPredicted += said;
            }
        }
        out.add(new Scores("objections", pooledSupport, pooledFound, pooledPredicted));
        return out;
    }

    /** The share of "none" utterances that got any finding. */
    private static double falseAlarms(List<LabelledUtterances.Labelled> data, List<Set<CallCategory>> predicted) {
        int none = 0;
        int alarms = 0;
        for (int i = 0; i < data.size(); i++) {
            if (data.get(i).category() == CallCategory.NONE) {
                none++;
                alarms += predicted.get(i).isEmpty() ? 0 : 1;
            }
        }
        return none == 0 ? 0 : (double) alarms / none;
    }

    /** The words as one customer utterance, a word every 0.4 s. */
    static Utterance utterance(List<String> words) {
        List<SpokenWord> spoken = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            spoken.add(new SpokenWord(Speaker.CUSTOMER, words.get(i), i * 0.4, i * 0.4 + 0.3, 1));
        }
        return new Utterance(Speaker.CUSTOMER, 0, spoken.get(spoken.size() - 1).end(), spoken);
    }
}
