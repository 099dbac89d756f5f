package com.nexuscrm.conversation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-written word and two-word phrase weights (-3 to 3) in {@code conversation/sentiment-lexicon.txt}.
 * It was written from general English, not fitted to any labelled data.
 */
public final class SentimentLexicon {
    private static final String RESOURCE = "/conversation/sentiment-lexicon.txt";
    private final Map<String, Double> weights;

    private SentimentLexicon(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** The lexicon shipped with the app. */
    public static SentimentLexicon standard() {
        try (InputStream in = SentimentLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new SentimentLexicon(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Double> parse(BufferedReader reader) throws IOException {
        Map<String, Double> map = new HashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            try {
                map.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
            } catch (RuntimeException e) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": expected 'word weight', got '" + line + "'");
            }
        }
        return map;
    }

    /**
     * The lexicon entry starting at {@code i}: a two-word phrase first, then the single word.
     *
     * @return the entry's weight and how many words it covers, or {@code null} when the word is not in the lexicon
     */
    Entry at(List<String> words, int i) {
        if (i + 1 < words.size()) {
            Double pair = weights.get(words.get(i) + " " + words.get(i + 1));
            if (pair != null) {
                return new Entry(pair, 2);
            }
        }
        Double single = weights.get(words.get(i));
        return single == null ? null : new Entry(single, 1);
    }

    /** Whether {@code word} is in the lexicon on its own. */
    boolean contains(String word) {
        return weights.containsKey(word);
    }

    record Entry(double weight, int length) {
    }
}
