package com.nexuscrm.speech;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.nexuscrm.domain.call.SpokenWord;
import com.nexuscrm.json.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names the recogniser's language model does not expect ("hub spot" comes back as "from spot" or "home part")
 * listened for in a second pass: the same audio is decoded again with a grammar of only those names (as words
 * the model knows) and "[unk]" for everything else, and a name heard there replaces the words of the first pass
 * at the same time. A spotted name counts only when its words come one straight after another (a gap of at most
 * {@value #MAX_GAP} s, so "pipe the drive" is not Pipedrive) and each with a confidence of {@value #MIN_CONFIDENCE}
 * or more; names are spoken forms, lower case ("hub spot", "pipe drive").
 */
final class NameSpotting {
    static final double MAX_GAP = 0.12;
    static final double MIN_CONFIDENCE = 0.9;

    private final List<List<String>> names;

    NameSpotting(List<String> spokenNames) {
        Set<List<String>> out = new LinkedHashSet<>();
        for (String name : spokenNames) {
            List<String> words = Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^a-z']+")).filter(w -> !w.isEmpty()).toList();
            if (!words.isEmpty()) {
                out.add(words);
            }
        }
        this.names = List.copyOf(out);
    }

    boolean isEmpty() {
        return names.isEmpty();
    }

    /** The Vosk grammar: the names and "[unk]" for all other speech. */
    String grammar() {
        List<String> phrases = new ArrayList<>(names.stream().map(n -> String.join(" ", n)).toList());
        phrases.add("[unk]");
        try {
            return Json.mapper().writeValueAsString(phrases);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code heard} (the first pass) with the names found in {@code spotted} (the second pass) put in. */
    List<SpokenWord> merge(List<SpokenWord> heard, List<SpokenWord> spotted) {
        List<SpokenWord> out = new ArrayList<>(heard);
        for (int i = 0; i < spotted.size(); i++) {
            List<String> name = nameAt(spotted, i);
            if (name != null) {
                List<SpokenWord> found = spotted.subList(i, i + name.size());
                replace(out, found);
                i += name.size() - 1;
            }
        }
        return out;
    }

    private List<String> nameAt(List<SpokenWord> spotted, int i) {
        for (List<String> name : names) {
            if (i + name.size() > spotted.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < name.size() && all; k++) {
                SpokenWord w = spotted.get(i + k);
                all = w.text().equals(name.get(k)) && w.confidence() >= MIN_CONFIDENCE
                        && (k == 0 || w.start() - spotted.get(i + k - 1).end() <= MAX_GAP);
            }
            if (all) {
                return name;
            }
        }
        return null;
    }

    /**
     * Takes out the first-pass words whose middle falls in the name's time and puts the name's words in their place, unless
     * the first pass already wrote the name there (as one word, "salesforce", or as the same words).
     */
    private static void replace(List<SpokenWord> words, List<SpokenWord> name) {
        double from = name.get(0).start();
        double to = name.get(name.size() - 1).end();
        String heard = String.join("", words.stream().filter(w -> within(w, from, to)).map(SpokenWord::text).toList());
        if (heard.equals(String.join("", name.stream().map(SpokenWord::text).toList()))) {
            return;
        }
        int at = -1;
        for (int k = words.size() - 1; k >= 0; k--) {
            SpokenWord w = words.get(k);
            if (within(w, from, to)) {
                words.remove(k);
                at = k;
            }
        }
        if (at < 0) {
            at = 0;
            while (at < words.size() && words.get(at).start() < from) {
                at++;
            }
        }
        words.addAll(at, name);
    }

    private static boolean within(SpokenWord w, double from, double to) {
        double middle = (w.start() + w.end()) / 2;
        return middle >= from && middle <= to;
    }
}
