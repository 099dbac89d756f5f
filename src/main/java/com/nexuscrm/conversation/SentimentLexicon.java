package com.nexuscrm.conversation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-written word and two-word phrase weights (-3 to 3) in {@code conversation/sentiment-lexicon.txt}.
 * It was written from general English, not fitted to any labelled data.
 */
public final class SentimentLexicon {
    private final Map<String, Double> weights;

    private SentimentLexicon(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** The lexicon shipped with the app. */
    public static SentimentLexicon standard() {
        Map<String, Double> map = new HashMap<>();
        for (ResourceLines.Line line : ResourceLines.read("sentiment-lexicon.txt")) {
            int space = line.text().lastIndexOf(' ');
            try {
                map.put(line.text().substring(0, space), Double.parseDouble(line.text().substring(space + 1)));
            } catch (RuntimeException e) {
                throw line.error("'word weight'");
            }
        }
        return new SentimentLexicon(map);
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
