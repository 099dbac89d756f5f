package com.nexuscrm.scoring;

import java.util.List;
import java.util.Set;

/** The rough stemming and cue-word matching that the text classifiers' features share (call findings, replies). */
public final class TextStems {
    private TextStems() { }

    /** A rough stem, enough to join "emails", "emailing" and "email". */
    public static String stem(String word) {
        String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        if (w.length() > 5 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        for (String suffix : List.of("ing", "ed", "es", "s")) {
            if (w.length() - suffix.length() >= 3 && w.endsWith(suffix) && !w.endsWith("ss")) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    /** A cue word of four letters or more also covers the words it starts ("approv": approve, approval). */
    public static boolean matchesCue(Set<String> cues, String stem) {
        if (cues.contains(stem)) {
            return true;
        }
        for (int end = 4; end < stem.length(); end++) {
            if (cues.contains(stem.substring(0, end))) {
                return true;
            }
        }
        return false;
    }
}
