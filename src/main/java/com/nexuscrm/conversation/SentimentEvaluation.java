package com.nexuscrm.conversation;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The sentiment network against its baselines on labelled sentences: the old rule-based lexicon (the analyser
 * before the network), a VADER-style lexicon scorer, the plain lexicon and always guessing the majority class.
 *
 * <p>Three classes when the labels have a neutral class: a lexicon score above 0 is positive, below 0 negative,
 * exactly 0 (no sentiment word found, or a balance) neutral. Two classes when they have not (the UCI sentences):
 * the network says whichever of positive and negative is likelier; a lexicon score above 0 is positive and any
 * other negative, as the analyser was first measured.
 */
public final class SentimentEvaluation {
    /** The network's row name. */
    public static final String MODEL = "Sentiment network (DL4J)";

    private SentimentEvaluation() {
    }

    /** One scorer's figures; {@code baseline} is false for the network alone. */
    public record Row(String name, boolean baseline, SentimentMetrics metrics) {
    }

    /**
     * The figures on one labelled set.
     *
     * @param majority    the class the majority baseline always says, and where it was counted
     */
    public record Report(String dataset, List<Polarity> classes, int examples, int leftOut, String leftOutWhy,
                         String majority, List<Row> rows) {

        public Row model() {
            return rows.get(0);
        }

        public List<Row> baselines() {
            return rows.subList(1, rows.size());
        }

        /** Baselines that match or beat the network on accuracy or on macro-F1. */
        public List<String> notBeaten() {
            return baselines().stream().filter(b -> b.metrics().accuracy() >= model().metrics().accuracy()
                    || b.metrics().macroF1() >= model().metrics().macroF1()).map(Row::name).toList();
        }

        public void print(PrintStream out) {
            out.printf(Locale.ROOT, "%s: %,d sentences, %s%s%n", dataset, examples, classes.size() == 3
                    ? "3 classes (negative, neutral, positive)" : "2 classes (negative, positive: the network compares their probabilities)",
                    leftOut > 0 ? String.format(Locale.ROOT, "; %,d left out (%s)", leftOut, leftOutWhy) : "");
            out.printf(Locale.ROOT, "  %-30s %9s %9s %9s %9s %9s%n", "", "accuracy", "macro-F1", "F1 neg", "F1 neu", "F1 pos");
            for (Row row : rows) {
                SentimentMetrics m = row.metrics();
                out.printf(Locale.ROOT, "  %-30s %9.4f %9.4f %9s %9s %9s%n", row.name(), m.accuracy(), m.macroF1(),
                        f1(m, Polarity.NEGATIVE), f1(m, Polarity.NEUTRAL), f1(m, Polarity.POSITIVE));
            }
            out.println("  Majority class: always " + majority);
            List<String> close = notBeaten();
            out.println(close.isEmpty() ? "  The network beats every baseline on accuracy and macro-F1."
                    : "  The network does NOT beat " + String.join(", ", close) + " on accuracy or macro-F1.");
        }

        private static String f1(SentimentMetrics m, Polarity p) {
            Double value = m.f1().get(p);
            return value == null ? "-" : String.format(Locale.ROOT, "%.4f", value);
        }
    }

    /**
     * Evaluates the network and the baselines on {@code test}; the majority baseline says the commonest class of
     * {@code majorityFrom} ({@code majorityWhere} names it).
     */
    public static Report evaluate(String dataset, SentimentCorpus.Labelled test, LearnedSentiment model,
                                  List<SentimentCorpus.Example> majorityFrom, String majorityWhere) {
        List<SentimentCorpus.Example> examples = test.examples();
        boolean threeClasses = examples.stream().anyMatch(e -> e.label() == Polarity.NEUTRAL);
        List<Polarity> classes = threeClasses ? List.of(Polarity.values()) : List.of(Polarity.NEGATIVE, Polarity.POSITIVE);
        List<List<String>> words = examples.stream().map(SentimentCorpus.Example::words).toList();
        List<Polarity> truth = examples.stream().map(SentimentCorpus.Example::label).toList();
        Polarity majority = majority(majorityFrom, classes);
        SentimentLexicon lexicon = SentimentLexicon.standard();
        List<Row> rows = new ArrayList<>();
        List<Polarity> network = model.predict(words).stream()
                .map(p -> threeClasses ? p.polarity() : p.polar()).toList();
        rows.add(new Row(MODEL, false, SentimentMetrics.of(truth, network, classes)));
        rows.add(lexiconRow("Old lexicon (rules)", new RuleBasedSentiment(lexicon), words, truth, classes));
        rows.add(lexiconRow("VADER-style lexicon", new VaderStyleSentiment(lexicon), words, truth, classes));
        rows.add(lexiconRow("Plain lexicon", new PlainLexiconSentiment(lexicon), words, truth, classes));
        rows.add(new Row("Majority class", true, SentimentMetrics.of(truth, truth.stream().map(t -> majority).toList(), classes)));
        return new Report(dataset, classes, examples.size(), test.leftOut(), test.leftOutWhy(),
                majority.name().toLowerCase(Locale.ROOT) + " (the commonest class of " + majorityWhere + ")", rows);
    }

    /** The default run: GoEmotions test (three classes) and the UCI 20% test part (two classes). */
    public static List<Report> standard(Path goEmotions, Path uci, LearnedSentiment model) {
        SentimentCorpus.UciSplit split = SentimentCorpus.uci(uci);
        Report go = evaluate("GoEmotions test (authors' split)", SentimentCorpus.goEmotions(goEmotions, "test"), model,
                SentimentCorpus.goEmotions(goEmotions, "train").examples(), "GoEmotions train");
        Report sentences = evaluate(String.format(Locale.ROOT, "UCI sentences, test 20%% (stratified, seed %d; %,d sentences"
                        + " after removing %d copies of %d repeated ones)", SentimentCorpus.UCI_SEED, split.sentences(),
                        split.copiesRemoved(), split.repeated()),
                new SentimentCorpus.Labelled(split.test(), 0, ""), model, split.train(), "the UCI 80%");
        return List.of(go, sentences);
    }

    private static Row lexiconRow(String name, SentimentScorer scorer, List<List<String>> words, List<Polarity> truth,
                                  List<Polarity> classes) {
        boolean threeClasses = classes.size() == 3;
        Function<Double, Polarity> decide = s -> threeClasses ? Polarity.ofScore(s) : s > 0 ? Polarity.POSITIVE : Polarity.NEGATIVE;
        List<Polarity> predicted = Arrays.stream(scorer.scoreAll(words)).mapToObj(decide::apply).toList();
        return new Row(name, true, SentimentMetrics.of(truth, predicted, classes));
    }

    private static Polarity majority(List<SentimentCorpus.Example> examples, List<Polarity> classes) {
        Map<Polarity, Integer> counts = new SentimentCorpus.Labelled(examples, 0, "").counts();
        return classes.stream().max(Comparator.comparing(p -> counts.getOrDefault(p, 0))).orElseThrow();
    }
}
