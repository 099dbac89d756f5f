package com.nexuscrm.speech;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Word error rate: (substitutions + deletions + insertions) / reference words, on normalised text. */
public final class WordErrorRate {
    private WordErrorRate() { }

    /** Lowercase words without punctuation, as both Vosk and the normalised references write them. */
    public static List<String> normalise(String text) {
        String cleaned = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9' ]+", " ").trim();
        return cleaned.isEmpty() ? List.of() : Arrays.asList(cleaned.split("\\s+"));
    }

    /** The word-level edit distance between a reference and a hypothesis. */
    public static int errors(List<String> reference, List<String> hypothesis) {
        int[] prev = new int[hypothesis.size() + 1];
        int[] cur = new int[hypothesis.size() + 1];
        for (int j = 0; j <= hypothesis.size(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= reference.size(); i++) {
            cur[0] = i;
            for (int j = 1; j <= hypothesis.size(); j++) {
                int sub = prev[j - 1] + (reference.get(i - 1).equals(hypothesis.get(j - 1)) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[hypothesis.size()];
    }
}
