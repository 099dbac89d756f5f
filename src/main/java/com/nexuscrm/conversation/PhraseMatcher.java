package com.nexuscrm.conversation;

import com.nexuscrm.domain.call.Finding;
import com.nexuscrm.domain.call.Utterance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds labelled phrases in utterances, word by word. A phrase may offer alternatives for a word as
 * {@code {a|b}} (each alternative may be several words): {@code send {me|us} the contract}. Within one label the
 * longest phrase wins and matches do not overlap.
 */
public final class PhraseMatcher {
    private final Map<String, List<List<String>>> phrases = new LinkedHashMap<>();

    /** A matcher for {@code label -> phrases}. */
    public PhraseMatcher(Map<String, List<String>> labelled) {
        labelled.forEach((label, list) -> phrases.put(label, list.stream()
                .flatMap(p -> expand(p.strip()).stream())
                .map(Tokens::of)
                .filter(t -> !t.isEmpty())
                .sorted(Comparator.comparingInt(t -> -t.size()))
                .toList()));
    }

    /** A matcher for the phrase file {@code /conversation/NAME} ("label: phrase, phrase" per line). */
    public static PhraseMatcher resource(String name) {
        return new PhraseMatcher(load(name));
    }

    static Map<String, List<String>> load(String name) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (ResourceLines.Line line : ResourceLines.read(name)) {
            int colon = line.text().indexOf(':');
            if (colon <= 0) {
                throw line.error("'label: phrase, phrase'");
            }
            map.put(line.text().substring(0, colon).strip(), Arrays.asList(line.text().substring(colon + 1).split(",")));
        }
        return map;
    }

    /** Every phrase of {@code {a|b} c} spelt out: "a c", "b c". */
    static List<String> expand(String phrase) {
        int open = phrase.indexOf('{');
        if (open < 0) {
            return List.of(phrase);
        }
        int close = phrase.indexOf('}', open);
        List<String> out = new ArrayList<>();
        for (String option : phrase.substring(open + 1, close).split("\\|")) {
            out.addAll(expand(phrase.substring(0, open) + option + phrase.substring(close + 1)));
        }
        return out;
    }

    /** All matches in {@code utterances}, in time order. */
    public List<Finding> find(List<Utterance> utterances) {
        List<Finding> out = new ArrayList<>();
        for (Utterance u : utterances) {
            List<String> words = Spans.texts(u.words());
            phrases.forEach((label, list) -> {
                for (int i = 0; i < words.size(); ) {
                    int length = longestAt(list, words, i);
                    if (length > 0) {
                        out.add(new Finding(label, Spans.evidence(u.words(), i, i + length)));
                    }
                    i += Math.max(1, length);
                }
            });
        }
        out.sort(Comparator.comparingDouble(f -> f.evidence().start()));
        return out;
    }

    private static int longestAt(List<List<String>> list, List<String> words, int i) {
        for (List<String> phrase : list) {
            if (i + phrase.size() <= words.size() && words.subList(i, i + phrase.size()).equals(phrase)) {
                return phrase.size();
            }
        }
        return 0;
    }
}
