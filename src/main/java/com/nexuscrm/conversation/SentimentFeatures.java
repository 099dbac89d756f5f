package com.nexuscrm.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The sentiment network's inputs for one utterance: {@value #BUCKETS} hashed word and word-pair buckets
 * (presence, 0 or 1) and {@value #DENSE} lexicon figures.
 * <ul>
 *   <li><b>Negation marking</b>: the {@value #NEGATION_SCOPE} words after a negator ("not", "never", any "n't"
 *       word ...) are counted as their own features ({@code not_good} is not {@code good}), up to "but";</li>
 *   <li><b>words and pairs</b> are hashed (FNV-1a) into the buckets, so no vocabulary has to ship;</li>
 *   <li><b>lexicon figures</b>: the rule-based, VADER-style and plain lexicon scores, the utterance's length
 *       ({@code log(1+n)/4}) and the share of its words that are backchannels or fillers.</li>
 * </ul>
 * An utterance made only of backchannels and fillers ("yeah", "okay", "right", "sure", "uh-huh", "mm") never
 * reaches the network: {@link #onlyBackchannel} makes it neutral.
 */
final class SentimentFeatures {
    static final int BUCKETS = 1 << 15;
    static final int DENSE = 5;
    static final int WIDTH = BUCKETS + DENSE;
    static final int NEGATION_SCOPE = 3;
    static final Set<String> BACKCHANNELS = Set.of("yeah", "yes", "yep", "yup", "yea", "ok", "okay", "k", "right",
            "sure", "uh", "huh", "um", "umm", "uhm", "er", "erm", "ah", "oh", "mm", "mmm", "mhm", "hmm", "hm",
            "alright", "gotcha", "so", "well", "i", "see", "got", "it", "and", "the", "a");
    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "nothing", "nobody", "none", "neither",
            "nor", "without", "hardly", "barely", "cannot", "cant", "dont", "wont", "isnt", "doesnt", "didnt", "wasnt",
            "arent", "aint", "couldnt", "wouldnt", "shouldnt");

    private final RuleBasedSentiment rules;
    private final VaderStyleSentiment vader;
    private final PlainLexiconSentiment plain;

    SentimentFeatures(SentimentLexicon lexicon) {
        this.rules = new RuleBasedSentiment(lexicon);
        this.vader = new VaderStyleSentiment(lexicon);
        this.plain = new PlainLexiconSentiment(lexicon);
    }

    /** One utterance's inputs: the sorted distinct buckets that are 1, and the dense figures. */
    record Encoded(int[] buckets, float[] dense) {
    }

    /** Whether the words are only backchannels and fillers (or none at all). */
    static boolean onlyBackchannel(List<String> words) {
        return words.stream().allMatch(BACKCHANNELS::contains);
    }

    Encoded encode(List<String> words) {
        List<String> marked = markNegation(words);
        List<Integer> buckets = new ArrayList<>();
        for (int i = 0; i < marked.size(); i++) {
            buckets.add(bucket("w " + marked.get(i)));
            if (i + 1 < words.size()) {
                buckets.add(bucket("p " + words.get(i) + " " + words.get(i + 1)));
            }
        }
        int[] distinct = buckets.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
        long fillers = words.stream().filter(BACKCHANNELS::contains).count();
        float[] dense = {
            (float) rules.score(words), (float) vader.score(words), (float) plain.score(words),
            (float) (Math.log1p(words.size()) / 4), words.isEmpty() ? 1f : fillers / (float) words.size()};
        return new Encoded(distinct, dense);
    }

    /** Writes {@code encoded} into row {@code row} of a row-major matrix {@link #WIDTH} wide (the row must be zero). */
    static void write(Encoded encoded, float[] matrix, int row) {
        int base = row * WIDTH;
        for (int b : encoded.buckets()) {
            matrix[base + b] = 1f;
        }
        System.arraycopy(encoded.dense(), 0, matrix, base + BUCKETS, DENSE);
    }

    static List<String> markNegation(List<String> words) {
        List<String> marked = new ArrayList<>(words.size());
        int negatedUntil = -1;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("but")) {
                negatedUntil = -1;
            }
            marked.add(i <= negatedUntil ? "not_" + word : word);
            if (NEGATORS.contains(word) || word.endsWith("n't")) {
                negatedUntil = i + NEGATION_SCOPE;
            }
        }
        return marked;
    }

    static int bucket(String feature) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < feature.length(); i++) {
            hash ^= feature.charAt(i);
            hash *= 0x01000193;
        }
        return Math.floorMod(hash, BUCKETS);
    }
}
