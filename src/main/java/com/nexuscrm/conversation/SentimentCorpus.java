package com.nexuscrm.conversation;

import com.nexuscrm.domain.FileProblems;
import com.nexuscrm.json.Json;
import com.nexuscrm.transfer.CsvFile;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The labelled sentences that train and evaluate the sentiment network, read the one way every caller shares.
 *
 * <p><b>GoEmotions</b> ({@code ../shared/data/goemotions-sentiment}: Demszky et al., ACL 2020, CC BY 4.0): the
 * authors' train/dev/test files, tab-separated with CSV quotes. Emotions map to sentiment through
 * {@code sentiment_dict.json}. The rule, kept everywhere: the "ambiguous" emotions (realization, surprise,
 * curiosity, confusion) carry no polarity and count as neutral; a polar emotion outweighs neutral and ambiguous
 * labels beside it; an example with both positive and negative emotions is <i>mixed</i> and left out (counted).
 *
 * <p><b>UCI sentences</b> (Kotzias et al., KDD 2015, CC BY 4.0): {@code sentence<TAB>0|1}, split on the last tab
 * with quoting off; a repeated sentence (trimmed, case-insensitive) is kept at its first occurrence only; then a
 * stratified 80/20 split with a fixed seed.
 */
public final class SentimentCorpus {
    /** The three UCI files, in reading order. */
    public static final List<String> UCI_FILES = List.of("amazon_cells_labelled.txt", "yelp_labelled.txt", "imdb_labelled.txt");
    /** The seed of the UCI 80/20 split. */
    public static final long UCI_SEED = 42;

    private SentimentCorpus() {
    }

    /** One labelled text. */
    public record Example(String text, Polarity label) {
        List<String> words() {
            return Tokens.of(text);
        }
    }

    /** The examples of a set and what was left out on the way. */
    public record Labelled(List<Example> examples, int leftOut, String leftOutWhy) {
        Map<Polarity, Integer> counts() {
            Map<Polarity, Integer> counts = new EnumMap<>(Polarity.class);
            examples.forEach(e -> counts.merge(e.label(), 1, Integer::sum));
            return counts;
        }
    }

    /** One split of GoEmotions ({@code train}, {@code dev} or {@code test}) mapped to three classes. */
    public static Labelled goEmotions(Path folder, String split) {
        List<String> emotions = lines(folder.resolve("emotions.txt"));
        Map<String, Polarity> polarity = emotionPolarity(folder.resolve("sentiment_dict.json"));
        Path file = folder.resolve(split + ".tsv");
        List<Example> examples = new ArrayList<>();
        int mixed = 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter('\t').setQuote('"').get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                if (row.size() < 2) {
                    throw new IllegalArgumentException(file + " line " + row.getRecordNumber()
                            + ": expected 'text<TAB>emotion ids<TAB>id'");
                }
                Set<Polarity> found = new HashSet<>();
                for (String id : row.get(1).split(",")) {
                    int index = parseId(id, emotions.size(), file, row.getRecordNumber());
                    found.add(polarity.getOrDefault(emotions.get(index), Polarity.NEUTRAL));
                }
                boolean positive = found.contains(Polarity.POSITIVE);
                boolean negative = found.contains(Polarity.NEGATIVE);
                if (positive && negative) {
                    mixed++;
                } else {
                    examples.add(new Example(row.get(0), positive ? Polarity.POSITIVE : negative ? Polarity.NEGATIVE : Polarity.NEUTRAL));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + FileProblems.reason(e), e);
        }
        return new Labelled(examples, mixed, "mixed: both positive and negative emotions");
    }

    /** The UCI sentences without repeats, split 80/20 by class with {@link #UCI_SEED}. */
    public record UciSplit(List<Example> train, List<Example> test, int sentences, int repeated, int copiesRemoved) {
    }

    public static UciSplit uci(Path folder) {
        List<Example> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Integer> repeats = new HashMap<>();
        for (String name : UCI_FILES) {
            Path file = folder.resolve(name);
            int number = 0;
            for (String line : lines(file)) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                int tab = line.lastIndexOf('\t');
                String label = tab < 0 ? "" : line.substring(tab + 1).strip();
                if (!label.equals("0") && !label.equals("1")) {
                    throw new IllegalArgumentException(file + " line " + number + ": expected 'sentence<TAB>0|1'");
                }
                String text = line.substring(0, tab);
                if (seen.add(text.strip().toLowerCase(Locale.ROOT))) {
                    all.add(new Example(text, label.equals("1") ? Polarity.POSITIVE : Polarity.NEGATIVE));
                } else {
                    repeats.merge(text.strip().toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
        }
        List<List<Example>> parts = stratified(all, 0.2, UCI_SEED);
        return new UciSplit(parts.get(0), parts.get(1), all.size(), repeats.size(),
                repeats.values().stream().mapToInt(Integer::intValue).sum());
    }

    /** Splits by class: {@code [rest, share]} where {@code share} holds that fraction of every class. */
    static List<List<Example>> stratified(List<Example> examples, double share, long seed) {
        List<Example> rest = new ArrayList<>();
        List<Example> held = new ArrayList<>();
        Random random = new Random(seed);
        for (Polarity p : Polarity.values()) {
            List<Example> own = new ArrayList<>(examples.stream().filter(e -> e.label() == p).toList());
            Collections.shuffle(own, random);
            int cut = (int) Math.round(own.size() * share);
            held.addAll(own.subList(0, cut));
            rest.addAll(own.subList(cut, own.size()));
        }
        return List.of(rest, held);
    }

    /**
     * Any labelled CSV (delimiter detected, header row): {@code text} and {@code label} name columns, {@code map}
     * says which label values are which class. A row whose label is not in the map stops the reading with its line.
     */
    public static Labelled csv(Path file, String text, String label, Map<String, Polarity> map) {
        List<Example> examples = new ArrayList<>();
        int blank = 0;
        try (CsvFile csv = CsvFile.open(file)) {
            int textColumn = column(csv, file, text, "--text");
            int labelColumn = column(csv, file, label, "--label");
            for (CsvFile.Row row = csv.next(); row != null; row = csv.next()) {
                if (row.values() == null) {
                    throw new IllegalArgumentException(file + " line " + row.line() + ": " + row.problem());
                }
                String value = cell(row, labelColumn).strip();
                String sentence = cell(row, textColumn);
                if (value.isEmpty() || sentence.isBlank()) {
                    blank++;
                    continue;
                }
                Polarity polarity = map.get(value.toLowerCase(Locale.ROOT));
                if (polarity == null) {
                    throw new IllegalArgumentException(file + " line " + row.line() + ", column '" + label + "': the label '"
                            + value + "' is not in the map " + new java.util.TreeSet<>(map.keySet()) + ". Give every label value a class with --map,"
                            + " e.g. --map pos=" + value + ",neg=...,neu=... (classes: neg, pos, neu)");
                }
                examples.add(new Example(sentence, polarity));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + FileProblems.reason(e), e);
        }
        return new Labelled(examples, blank, "no text or no label");
    }

    /**
     * Parses {@code neg=a|b,pos=c,neu=d} (label values case-insensitive); {@code null} or blank gives the default:
     * negative/neg, positive/pos, neutral/neu.
     */
    public static Map<String, Polarity> labelMap(String spec) {
        Map<String, Polarity> map = new HashMap<>();
        if (spec == null || spec.isBlank()) {
            map.putAll(Map.of("negative", Polarity.NEGATIVE, "neg", Polarity.NEGATIVE, "positive", Polarity.POSITIVE,
                    "pos", Polarity.POSITIVE, "neutral", Polarity.NEUTRAL, "neu", Polarity.NEUTRAL));
            return map;
        }
        for (String part : spec.split(",")) {
            int eq = part.indexOf('=');
            Polarity polarity = eq < 0 ? null : switch (part.substring(0, eq).strip().toLowerCase(Locale.ROOT)) {
                case "neg", "negative" -> Polarity.NEGATIVE;
                case "pos", "positive" -> Polarity.POSITIVE;
                case "neu", "neutral" -> Polarity.NEUTRAL;
                default -> null;
            };
            if (polarity == null) {
                throw new IllegalArgumentException("--map: '" + part + "' is not CLASS=VALUE[|VALUE...] with CLASS one of neg, pos, neu");
            }
            for (String value : part.substring(eq + 1).split("\\|")) {
                map.put(value.strip().toLowerCase(Locale.ROOT), polarity);
            }
        }
        return map;
    }

    private static int column(CsvFile csv, Path file, String name, String option) {
        int index = csv.headers().indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(file + ": no column '" + name + "' (" + option + "). Its columns are "
                    + csv.headers() + ".");
        }
        return index;
    }

    private static String cell(CsvFile.Row row, int column) {
        return column < row.values().size() ? row.values().get(column) : "";
    }

    private static int parseId(String id, int emotions, Path file, long line) {
        try {
            int index = Integer.parseInt(id.strip());
            if (index >= 0 && index < emotions) {
                return index;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(file + " line " + line + ": '" + id + "' is not an emotion id (0 to " + (emotions - 1) + ")");
    }

    private static Map<String, Polarity> emotionPolarity(Path file) {
        try {
            Map<String, List<String>> groups = Json.mapper().readValue(file.toFile(),
                    Json.mapper().getTypeFactory().constructMapType(Map.class, Json.mapper().getTypeFactory().constructType(String.class),
                            Json.mapper().getTypeFactory().constructCollectionType(List.class, String.class)));
            Map<String, Polarity> polarity = new HashMap<>();
            groups.getOrDefault("positive", List.of()).forEach(e -> polarity.put(e, Polarity.POSITIVE));
            groups.getOrDefault("negative", List.of()).forEach(e -> polarity.put(e, Polarity.NEGATIVE));
            groups.getOrDefault("ambiguous", List.of()).forEach(e -> polarity.put(e, Polarity.NEUTRAL));
            return polarity;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + FileProblems.reason(e), e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + FileProblems.reason(e), e);
        }
    }
}
