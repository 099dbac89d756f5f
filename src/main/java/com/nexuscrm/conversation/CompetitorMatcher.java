package com.nexuscrm.conversation;

import com.nexuscrm.domain.call.Finding;
import com.nexuscrm.domain.call.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Competitor names said in a call, matched fuzzily across word boundaries: one to four adjacent words are
 * joined ("hub spot" gives "hubspot") and compared with each name by spelling and by sound. By spelling: a
 * Jaro-Winkler similarity of at least {@value #THRESHOLD}, the same first letter, a length within two letters and,
 * unless spelt exactly, the same sound (or its plural), so "sales for" is not Salesforce. By
 * sound, for what the recogniser heard as other words ("home spot" for HubSpot, "pipe drive" for Pipedrive): the
 * joined words' Double Metaphone code equals the name's, or differs in one consonant of the same place and manner
 * (m for p, n for t, as "home" for "hub"), from at most three words within three letters of the name's length;
 * codes shorter than {@value #MIN_CODE} letters never match by sound, so "so ho" is not Zoho, "once you add all" is
 * not Insightly, and "hot spot" or "pipe dream" are not names. A single common English word ("going" for Gong)
 * only matches when it spells the name exactly.
 */
final class CompetitorMatcher {
    static final double THRESHOLD = 0.92;
    private static final int MAX_WORDS = 4;
    /** Shortest Double Metaphone code that may match by sound. */
    static final int MIN_CODE = 4;
    /** The similarity given to a match by sound: exact code, then one close consonant apart. */
    private static final double SAME_SOUND = 0.95;
    private static final double CLOSE_SOUND = 0.93;
    /** Consonant codes that a recogniser swaps: a nasal for the stop made at the same place. */
    private static final Set<String> CLOSE = Set.of("PM", "MP", "TN", "NT");
    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();
    private static final DoubleMetaphone METAPHONE = metaphone();

    private record Name(String display, String key, String sound) {
    }

    private record Match(Name name, int words, double similarity) {
    }

    private final List<Name> names;
    private final Set<String> commonWords;

    CompetitorMatcher(List<String> competitors, Set<String> commonWords) {
        this.names = competitors.stream().map(c -> new Name(c, key(c), sound(key(c)))).filter(n -> n.key().length() >= 3).toList();
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
                double spelt = similarity(candidate, name.key());
                if (spelt < 1 && !soundsLikeOrPlural(candidate, name.sound())) {
                    spelt = 0;
                }
                boolean soundMayMatch = n <= MAX_WORDS - 1 && Math.abs(candidate.length() - name.key().length()) <= 3;
                double similarity = Math.max(spelt, soundMayMatch ? soundAlike(candidate, name.sound()) : 0);
                boolean allowed = similarity == 1 || (!commonWord && similarity >= THRESHOLD);
                if (allowed && (best == null || similarity > best.similarity())) {
                    best = new Match(name, n, similarity);
                }
            }
        }
        return best;
    }

    private static DoubleMetaphone metaphone() {
        DoubleMetaphone m = new DoubleMetaphone();
        m.setMaxCodeLen(12);
        return m;
    }

    private static String sound(String key) {
        return key.isEmpty() ? "" : METAPHONE.doubleMetaphone(key);
    }

    /**
     * A near spelling must also sound like the name, or like its plural ("hubspots"): "sales for" (about fifteen years)
     * is spelt like "salesforce" but does not end like it.
     */
    private static boolean soundsLikeOrPlural(String candidate, String nameSound) {
        String heard = sound(candidate);
        return heard.equals(nameSound) || heard.equals(nameSound + "S") || soundAlike(candidate, nameSound) > 0;
    }

    /** {@value #SAME_SOUND} for the same code, {@value #CLOSE_SOUND} for one close consonant apart, else 0. */
    static double soundAlike(String candidate, String nameSound) {
        String heard = sound(candidate);
        if (nameSound.length() < MIN_CODE || heard.length() != nameSound.length()) {
            return 0;
        }
        int differences = 0;
        boolean close = true;
        for (int i = 0; i < heard.length(); i++) {
            if (heard.charAt(i) != nameSound.charAt(i)) {
                differences++;
                close &= i > 0 && CLOSE.contains("" + heard.charAt(i) + nameSound.charAt(i));
            }
        }
        return differences == 0 ? SAME_SOUND : differences == 1 && close ? CLOSE_SOUND : 0;
    }

    private static double similarity(String candidate, String key) {
        if (candidate.isEmpty() || candidate.charAt(0) != key.charAt(0)
                || Math.abs(candidate.length() - key.length()) > 2) {
            return 0;
        }
        return SIMILARITY.apply(candidate, key);
    }
}
