package com.nexuscrm.domain.call;

import java.util.List;
import java.util.stream.Collectors;

/** A run of words by one speaker, without a long pause or the other side speaking in between. */
public record Utterance(Speaker speaker, double start, double end, List<SpokenWord> words) {
    public Utterance {
        words = List.copyOf(words);
    }

    public String text() {
        return words.stream().map(SpokenWord::text).collect(Collectors.joining(" "));
    }

    public double seconds() {
        return end - start;
    }
}
