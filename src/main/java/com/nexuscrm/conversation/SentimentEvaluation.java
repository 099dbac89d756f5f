package com.nexuscrm.conversation;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Accuracy of {@link RuleBasedSentiment} and the {@link PlainLexiconSentiment} baseline on the UCI "Sentiment
 * Labelled Sentences" (Amazon, Yelp, IMDb; {@code sentence<TAB>label}, label 1 positive).
 *
 * <p>Lines are split on their last tab with no quote handling (six sentences begin with a quote). Sentences
 * repeated across or within the files (trimmed, case-insensitive) are kept once, at their first occurrence.
 * Nothing is fitted: the threshold is fixed at 0, a score above 0 is positive and a score of exactly 0 (no
 * sentiment found, or a balance) counts as negative.
 */
public final class SentimentEvaluation {
    /** The three files and the source each stands for. */
    public static final Map<String, String> FILES = Map.of("amazon", "amazon_cells_labelled.txt",
            "yelp", "yelp_labelled.txt", "imdb", "imdb_labelled.txt");
    private static final List<String> SOURCES = List.of("amazon", "yelp", "imdb");

    private SentimentEvaluation() {
    }

    /** A scorer's accuracy overall and per source, and how many sentences it scored exactly 0. */
    public record Accuracy(double overall, Map<String, Double> perSource, int zeroScores) {
    }

    /**
     * The outcome of one evaluation.
     *
     * @param duplicateSentences sentences that occurred more than once
     * @param copiesRemoved      extra copies dropped
     */
    public record Result(int sentences, int duplicateSentences, int copiesRemoved, Accuracy rules, Accuracy plain) {
        /** Prints the figures as a small table. */
        public void print(PrintStream out) {
            out.printf(Locale.ROOT, "Sentiment on UCI sentiment-labelled sentences: %d sentences after removing %d "
                    + "duplicate copies of %d repeated sentences%n", sentences, copiesRemoved, duplicateSentences);
            out.println("Threshold 0: score > 0 is positive, score <= 0 negative (no lexicon word scores 0)");
            out.printf(Locale.ROOT, "%-28s %8s %8s %8s %8s %10s%n", "", "overall", "amazon", "yelp", "imdb", "zero");
            row(out, "Rules (negation, intensity)", rules);
            row(out, "Plain lexicon baseline", plain);
        }

        private static void row(PrintStream out, String name, Accuracy a) {
            out.printf(Locale.ROOT, "%-28s %7.1f%% %7.1f%% %7.1f%% %7.1f%% %10d%n", name, 100 * a.overall(),
                    100 * a.perSource().get("amazon"), 100 * a.perSource().get("yelp"), 100 * a.perSource().get("imdb"),
                    a.zeroScores());
        }
    }

    record Sentence(String source, List<String> words, boolean positive) {
    }

    /** Evaluates both scorers on the data in {@code folder}. */
    public static Result run(Path folder) {
        List<Sentence> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Integer> repeats = new LinkedHashMap<>();
        for (String source : SOURCES) {
            for (String[] row : read(folder.resolve(FILES.get(source)))) {
                String key = row[0].strip().toLowerCase(Locale.ROOT);
                if (seen.add(key)) {
                    all.add(new Sentence(source, Tokens.of(row[0]), row[1].equals("1")));
                } else {
                    repeats.merge(key, 1, Integer::sum);
                }
            }
        }
        SentimentLexicon lexicon = SentimentLexicon.standard();
        int copies = repeats.values().stream().mapToInt(Integer::intValue).sum();
        return new Result(all.size(), repeats.size(), copies, accuracy(all, new RuleBasedSentiment(lexicon)),
                accuracy(all, new PlainLexiconSentiment(lexicon)));
    }

    private static Accuracy accuracy(List<Sentence> sentences, SentimentScorer scorer) {
        Map<String, int[]> perSource = new LinkedHashMap<>();
        int zeros = 0;
        for (Sentence s : sentences) {
            double score = scorer.score(s.words());
            zeros += score == 0 ? 1 : 0;
            int[] counts = perSource.computeIfAbsent(s.source(), k -> new int[2]);
            counts[0] += (score > 0) == s.positive() ? 1 : 0;
            counts[1]++;
        }
        Map<String, Double> rates = new LinkedHashMap<>();
        perSource.forEach((source, c) -> rates.put(source, c[0] / (double) c[1]));
        int right = perSource.values().stream().mapToInt(c -> c[0]).sum();
        return new Accuracy(right / (double) sentences.size(), rates, zeros);
    }

    private static List<String[]> read(Path file) {
        try {
            List<String[]> rows = new ArrayList<>();
            int number = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                int tab = line.lastIndexOf('\t');
                String label = tab < 0 ? "" : line.substring(tab + 1).strip();
                if (!label.equals("0") && !label.equals("1")) {
                    throw new IllegalArgumentException(file + " line " + number + ": expected 'sentence<TAB>0|1'");
                }
                rows.add(new String[] {line.substring(0, tab), label});
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + com.nexuscrm.domain.FileProblems.reason(e), e);
        }
    }
}
