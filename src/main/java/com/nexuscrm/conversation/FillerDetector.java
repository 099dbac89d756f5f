package com.nexuscrm.conversation;

import com.nexuscrm.domain.call.Finding;
import com.nexuscrm.domain.call.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Filler words: um, uh (and erm, er), like, you know, basically, actually, i mean, kind of, sort of.
 * "like" counts only where it cannot be a verb or a preposition: at the start of an utterance, after "and", "but",
 * "so", "just", "it's", "was" or another filler, or before "um"/"uh" ("i would like", "looks like" do not count).
 * "kind of"/"sort of" do not count after a determiner ("what kind of", "this sort of"), nor "you know" after
 * "do", "did", "if" ("do you know").
 */
final class FillerDetector {
    private static final Set<String> SINGLE = Set.of("um", "uh", "erm", "er", "basically", "actually");
    private static final Set<String> LIKE_BEFORE = Set.of("and", "but", "so", "just", "it's", "was", "were", "is",
            "um", "uh", "er", "erm", "basically", "actually", "yeah", "well", "okay");
    private static final Set<String> DETERMINERS = Set.of("what", "this", "that", "the", "a", "any", "some", "every",
            "which", "these", "those", "same", "that's", "what's");
    private static final Set<String> KNOW_ASKERS = Set.of("do", "did", "don't", "if", "would", "as", "can", "whether");

    List<Finding> find(List<Utterance> utterances) {
        List<Finding> out = new ArrayList<>();
        for (Utterance u : utterances) {
            List<String> w = Spans.texts(u.words());
            for (int i = 0; i < w.size(); i++) {
                int length = fillerLength(w, i);
                if (length > 0) {
                    out.add(new Finding(String.join(" ", w.subList(i, i + length)), Spans.evidence(u.words(), i, i + length)));
                    i += length - 1;
                }
            }
        }
        return out;
    }

    private static int fillerLength(List<String> w, int i) {
        String word = w.get(i);
        String previous = i == 0 ? "" : w.get(i - 1);
        String next = i + 1 < w.size() ? w.get(i + 1) : "";
        if (SINGLE.contains(word)) {
            return 1;
        }
        if (word.equals("like")) {
            return i == 0 || LIKE_BEFORE.contains(previous) || next.equals("um") || next.equals("uh") ? 1 : 0;
        }
        if ((word.equals("kind") || word.equals("sort")) && next.equals("of")) {
            return DETERMINERS.contains(previous) ? 0 : 2;
        }
        if (word.equals("you") && next.equals("know")) {
            return KNOW_ASKERS.contains(previous) ? 0 : 2;
        }
        return word.equals("i") && next.equals("mean") ? 2 : 0;
    }
}
