package com.nexuscrm.conversation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Splits written text into the recogniser's word form: lowercase words, apostrophes kept, no punctuation. */
final class Tokens {
    private Tokens() {
    }

    static List<String> of(String text) {
        String clean = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^a-z0-9']+", " ");
        return Arrays.stream(clean.trim().split(" "))
                .map(t -> t.replaceAll("^'+|'+$", ""))
                .filter(t -> !t.isEmpty())
                .toList();
    }
}
