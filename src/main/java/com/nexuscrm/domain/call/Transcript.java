package com.nexuscrm.domain.call;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a recording said, word by word, in time order across both sides.
 *
 * @param channels 1 for a mono recording (every word {@link Speaker#UNKNOWN}), 2 for stereo (rep and customer)
 * @param model    the speech model that produced it, e.g. {@code vosk-model-en-us}
 * @param warnings what the user should know about the result, e.g. that the file ended early
 */
public record Transcript(double durationSeconds, int channels, String model, List<SpokenWord> words, List<String> warnings) {
    /** A pause longer than this (seconds) within one speaker's words starts a new utterance. */
    public static final double UTTERANCE_GAP = 1.5;

    public Transcript {
        words = words.stream().sorted(Comparator.comparingDouble(SpokenWord::start)).toList();
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public Transcript(double durationSeconds, int channels, String model, List<SpokenWord> words) {
        this(durationSeconds, channels, model, words, List.of());
    }

    public boolean stereo() {
        return channels >= 2;
    }

    /** Words grouped into utterances: a new one starts when the speaker changes or after a long pause. */
    public List<Utterance> utterances() {
        List<Utterance> out = new ArrayList<>();
        List<SpokenWord> run = new ArrayList<>();
        for (SpokenWord w : words) {
            if (!run.isEmpty()) {
                SpokenWord last = run.get(run.size() - 1);
                if (last.speaker() != w.speaker() || w.start() - last.end() > UTTERANCE_GAP) {
                    out.add(new Utterance(last.speaker(), run.get(0).start(), last.end(), run));
                    run.clear();
                }
            }
            run.add(w);
        }
        if (!run.isEmpty()) {
            out.add(new Utterance(run.get(0).speaker(), run.get(0).start(), run.get(run.size() - 1).end(), run));
        }
        return out;
    }

    public String text() {
        return String.join(" ", words.stream().map(SpokenWord::text).toList());
    }
}
