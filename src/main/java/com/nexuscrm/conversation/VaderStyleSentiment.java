package com.nexuscrm.conversation;

import java.util.List;
import java.util.Set;

/**
 * A baseline that follows the published rules of VADER (Hutto and Gilbert, ICWSM 2014), written here from the
 * paper's description over the app's own {@link SentimentLexicon} (VADER's 7,500-word lexicon is not shipped):
 * <ul>
 *   <li>a booster word before a sentiment word adds (or takes away, for a dampener) {@value #BOOST} in the
 *       direction of its sign, less with distance (×0.95 one word further, ×0.9 two words further);</li>
 *   <li>a negator in the three words before a sentiment word multiplies it by {@value #NEGATION};</li>
 *   <li>words before "but" count half, words after it one and a half times;</li>
 *   <li>the sum is normalised by {@code s / sqrt(s*s + 15)} into the compound score, and a compound within
 *       ±{@value #NEUTRAL_BAND} is neutral (reported as 0).</li>
 * </ul>
 * Capital letters and exclamation marks, which VADER also reads, are not in a recogniser's lowercase words.
 */
public final class VaderStyleSentiment implements SentimentScorer {
    static final double BOOST = 0.293;
    static final double NEGATION = -0.74;
    static final double NEUTRAL_BAND = 0.05;
    private static final Set<String> BOOSTERS = Set.of("absolutely", "amazingly", "awfully", "completely", "considerably",
            "decidedly", "deeply", "enormously", "entirely", "especially", "exceptionally", "extremely", "fully", "greatly",
            "highly", "hugely", "incredibly", "intensely", "majorly", "more", "most", "particularly", "purely", "quite",
            "really", "remarkably", "so", "substantially", "thoroughly", "totally", "tremendously", "truly", "unbelievably",
            "utterly", "very", "super");
    private static final Set<String> DAMPENERS = Set.of("almost", "barely", "hardly", "less", "little", "marginally",
            "occasionally", "partly", "scarcely", "slightly", "somewhat", "kinda", "sorta");
    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "nothing", "nowhere", "none", "neither",
            "nor", "without", "cannot", "cant", "dont", "wont", "isnt", "doesnt", "didnt", "wasnt", "arent", "aint");

    private final SentimentLexicon lexicon;

    public VaderStyleSentiment(SentimentLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public double score(List<String> words) {
        int but = words.indexOf("but");
        double sum = 0;
        for (int i = 0; i < words.size(); ) {
            SentimentLexicon.Entry entry = lexicon.at(words, i);
            if (entry == null || BOOSTERS.contains(words.get(i)) || DAMPENERS.contains(words.get(i))) {
                i++;
                continue;
            }
            double valence = entry.weight();
            for (int back = 1; back <= 3 && i - back >= 0; back++) {
                String previous = words.get(i - back);
                double distance = back == 1 ? 1 : back == 2 ? 0.95 : 0.9;
                if (BOOSTERS.contains(previous)) {
                    valence += Math.signum(valence) * BOOST * distance;
                } else if (DAMPENERS.contains(previous)) {
                    valence -= Math.signum(valence) * BOOST * distance;
                }
                if (NEGATORS.contains(previous) || previous.endsWith("n't")) {
                    valence *= NEGATION;
                }
            }
            if (but >= 0) {
                valence *= i < but ? 0.5 : 1.5;
            }
            sum += valence;
            i += entry.length();
        }
        double compound = sum / Math.sqrt(sum * sum + 15);
        return Math.abs(compound) < NEUTRAL_BAND ? 0 : compound;
    }
}
