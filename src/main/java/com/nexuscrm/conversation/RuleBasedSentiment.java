package com.nexuscrm.conversation;

import java.util.List;
import java.util.Set;

/**
 * Lexicon sentiment with rules, in the spirit of VADER (Hutto and Gilbert, 2014):
 * <ul>
 *   <li><b>negation</b>: a negator ("not", "never", "no", any "n't" word ...) flips and damps (x -0.74) the
 *       sentiment words in the next {@value #NEGATION_SCOPE} words, up to a contrast word;</li>
 *   <li><b>intensifiers</b> ("very", "really", "so" ...) scale the next sentiment word by 1.5 and downtoners
 *       ("slightly", "somewhat", "kind of" ...) by 0.6, when they stand right before it (one word may sit between);</li>
 *   <li><b>contrast</b>: after "but" or "however" the words count 1.5 times and those before it half;</li>
 *   <li><b>"like"</b> counts as liking only after a subject, an auxiliary or a negator ("i like", "don't like"),
 *       never as a filler or preposition ("it's like", "looks like").</li>
 * </ul>
 * The sum is squashed into (-1, 1) by {@code s / sqrt(s*s + 15)}.
 */
public final class RuleBasedSentiment implements SentimentScorer {
    static final int NEGATION_SCOPE = 3;
    private static final double NEGATION = -0.74;
    private static final double ALPHA = 15;
    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "nothing", "nobody", "none", "neither",
            "nor", "without", "hardly", "barely", "cannot", "cant", "dont", "wont", "isnt", "doesnt", "didnt", "wasnt");
    private static final Set<String> INTENSIFIERS = Set.of("very", "really", "so", "extremely", "super", "totally",
            "truly", "incredibly", "absolutely", "highly", "too", "most", "such", "completely", "utterly", "seriously",
            "pretty", "quite", "especially", "way", "real");
    private static final Set<String> DOWNTONERS = Set.of("slightly", "somewhat", "little", "bit", "fairly", "kinda",
            "sorta", "partly", "rather");
    private static final Set<String> CONTRASTS = Set.of("but", "however");
    private static final Set<String> LIKERS = Set.of("i", "we", "you", "they", "he", "she", "would", "i'd", "we'd",
            "they'd", "you'd", "really", "do", "did", "does", "also", "just", "definitely");

    private final SentimentLexicon lexicon;

    public RuleBasedSentiment(SentimentLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public double score(List<String> words) {
        double before = 0;
        double after = 0;
        boolean contrasted = false;
        int negatedUntil = -1;
        for (int i = 0; i < words.size(); ) {
            String word = words.get(i);
            if (CONTRASTS.contains(word)) {
                before += after;
                after = 0;
                contrasted = true;
                negatedUntil = -1;
                i++;
            } else if (isNegator(word)) {
                negatedUntil = i + NEGATION_SCOPE;
                i++;
            } else {
                SentimentLexicon.Entry entry = sentimentAt(words, i);
                if (entry != null) {
                    double value = entry.weight() * modifier(words, i);
                    after += i <= negatedUntil ? value * NEGATION : value;
                    i += entry.length();
                } else {
                    i++;
                }
            }
        }
        double sum = contrasted ? before * 0.5 + after * 1.5 : after;
        return sum / Math.sqrt(sum * sum + ALPHA);
    }

    /** The lexicon entry at {@code i} unless the word there is only modifying the next one, or is a non-liking "like". */
    private SentimentLexicon.Entry sentimentAt(List<String> words, int i) {
        String word = words.get(i);
        boolean modifiesNext = (INTENSIFIERS.contains(word) || DOWNTONERS.contains(word))
                && i + 1 < words.size() && lexicon.at(words, i + 1) != null;
        if (modifiesNext) {
            return null;
        }
        if (word.equals("like") && (i == 0 || !(LIKERS.contains(words.get(i - 1)) || isNegator(words.get(i - 1))))) {
            return null;
        }
        return lexicon.at(words, i);
    }

    private static double modifier(List<String> words, int i) {
        double factor = 1;
        for (int back = 1; back <= 2 && i - back >= 0; back++) {
            String previous = words.get(i - back);
            if (INTENSIFIERS.contains(previous)) {
                factor = 1.5;
            } else if (DOWNTONERS.contains(previous) || (previous.equals("of") && back == 1 && i >= 2
                    && Set.of("kind", "sort").contains(words.get(i - 2)))) {
                factor = 0.6;
            }
        }
        return factor;
    }

    private static boolean isNegator(String word) {
        return NEGATORS.contains(word) || word.endsWith("n't");
    }
}
