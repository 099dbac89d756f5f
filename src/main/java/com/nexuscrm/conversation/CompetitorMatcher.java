package com.nexuscrm.conversation;

import com.nexuscrm.domain.call.Finding;
import com.nexuscrm.domain.call.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Competitor names said in a call, matched fuzzily across word boundaries: one, two or three adjacent words are
 * joined ("hub spot" gives "hubspot") and compared with each name by Jaro-Winkler. A match needs a similarity of at
 * least {@value #THRESHOLD}, the same first letter and a length within two letters. A single common English word
 * ("going" for Gong) only matches when it spells the name exactly.
 */
final class CompetitorMatcher {
    static final double THRESHOLD = 0.92;
    private static final int MAX_WORDS = 3;
    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private record Name(String display, String key) {
    }

    private record Match(Name name, int words, double similarity) {
    }

    private final List<Name> names;
    private final Set<String> commonWords;

    CompetitorMatcher(List<String> competitors, Set<String> commonWords) {
        this.names = competitors.stream().map(c -> new Name(c, key(c))).filter(n -> n.key().length() >= 3).toList();
        this.commonWords = commonWords;
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    List<Finding> find(List<Utterance> utterances) {
        List<Finding> out = new ArrayList<>();
        for (Utterance u : utterances) {
            List<String> w = Spans.texts(u.words());
            for (int i = 0; i < w.size(); i++) {
                Match best = bestAt(w, i);
                if (best != null) {
                    out.add(new Finding(best.name().display(), Spans.evidence(u.words(), i, i + best.words())));
                    i += best.words() - 1;
                }
            }
        }
        return out;
    }

    private Match bestAt(List<String> w, int i) {
        Match best = null;
        StringBuilder joined = new StringBuilder();
        for (int n = 1; n <= MAX_WORDS && i + n <= w.size(); n++) {
            joined.append(key(w.get(i + n - 1)));
            String candidate = joined.toString();
            boolean commonWord = n == 1 && commonWords.contains(w.get(i));
            for (Name name : names) {
                double similarity = similarity(candidate, name.key());
                boolean allowed = similarity == 1 || (!commonWord && similarity >= THRESHOLD);
                if (allowed && (best == null || similarity > best.similarity())) {
                    best = new Match(name, n, similarity);
                }
            }
        }
        return best;
    }

    private static double similarity(String candidate, String key) {
        if (candidate.isEmpty() || candidate.charAt(0) != key.charAt(0)
                || Math.abs(candidate.length() - key.length()) > 2) {
            return 0;
        }
        return SIMILARITY.apply(candidate, key);
    }
}
