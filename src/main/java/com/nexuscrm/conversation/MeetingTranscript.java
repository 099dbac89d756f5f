package com.nexuscrm.conversation;

import com.nexuscrm.domain.call.Speaker;
import com.nexuscrm.domain.call.SpokenWord;
import com.nexuscrm.domain.call.Transcript;
import com.nexuscrm.domain.call.TranscriptionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A transcript exported by a meeting tool (Zoom, Teams, Meet) or written by hand: who said what, when, by speaker
 * name. {@link #toTranscript} turns it into the call model the analysis reads, with the rep's speakers on the rep
 * side and everyone else on the customer side; times within a turn are spread over its words by their length.
 *
 * @param fileName where it came from, for messages
 * @param format   how it was written, e.g. "WebVTT"
 * @param turns    what was said, in file order
 * @param warnings what the user should know, e.g. that times were estimated
 */
public record MeetingTranscript(String fileName, String format, List<Turn> turns, List<String> warnings) {
    /** The time of this many letters is left silent after a sentence's last word. */
    static final int SENTENCE_PAUSE = 8;

    /** One cue or line: a speaker's words from {@code start} to {@code end} seconds, and where it is in the file. */
    public record Turn(String speaker, double start, double end, String text, int line) { }

    /** A speaker and how many words they said. */
    public record SpeakerShare(String name, int words) { }

    /** How the rep was chosen when the user did not say. */
    public record RepGuess(String name, String reason) { }

    public MeetingTranscript {
        turns = List.copyOf(turns);
        warnings = List.copyOf(warnings);
    }

    /** Every speaker with their word count, the most talkative first (file order among equals). */
    public List<SpeakerShare> speakers() {
        Map<String, Integer> words = new LinkedHashMap<>();
        for (Turn t : turns) {
            words.merge(t.speaker(), Tokens.of(t.text()).size(), Integer::sum);
        }
        return words.entrySet().stream().map(e -> new SpeakerShare(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(SpeakerShare::words).reversed()).toList();
    }

    /**
     * The rep when nobody said: a speaker remembered as the rep (by name, ignoring case), else the most talkative
     * speaker not remembered as a customer, else the most talkative. Reps talk most on most sales calls, which is
     * why that is the fallback; the caller says which rule chose.
     *
     * @param remembered lowercased speaker names mapped to true (was the rep) or false (was a customer)
     */
    public RepGuess guessRep(Map<String, Boolean> remembered) {
        List<SpeakerShare> all = speakers();
        for (SpeakerShare s : all) {
            if (Boolean.TRUE.equals(remembered.get(key(s.name())))) {
                return new RepGuess(s.name(), "remembered as the rep");
            }
        }
        for (SpeakerShare s : all) {
            if (!remembered.containsKey(key(s.name()))) {
                return new RepGuess(s.name(), "talked most");
            }
        }
        return new RepGuess(all.get(0).name(), "talked most");
    }

    /** The speaker of this transcript named {@code name}, ignoring case. */
    public String speakerNamed(String name) {
        return speakers().stream().map(SpeakerShare::name).filter(n -> n.equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new TranscriptionException(fileName + " has no speaker '" + name.strip() + "'. Its speakers are "
                        + speakers().stream().map(SpeakerShare::name).collect(Collectors.joining(", ")) + "."));
    }

    /**
     * The call as the analysis reads it: two sides (the {@code reps} and everyone else), words in the recogniser's
     * form (lowercase, no punctuation), and the call's length the end of its last turn.
     *
     * @throws TranscriptionException when a rep is not a speaker of the file, or nobody is left on the customer side
     */
    public Transcript toTranscript(Set<String> reps) {
        Set<String> repKeys = reps.stream().map(this::speakerNamed).map(MeetingTranscript::key).collect(Collectors.toSet());
        if (speakers().stream().allMatch(s -> repKeys.contains(key(s.name())))) {
            throw new TranscriptionException(fileName + ": every speaker is marked as the rep; mark at least one as the customer.");
        }
        List<SpokenWord> words = new ArrayList<>();
        double end = 0;
        for (Turn t : turns) {
            Speaker side = repKeys.contains(key(t.speaker())) ? Speaker.REP : Speaker.CUSTOMER;
            spread(side, t, words);
            end = Math.max(end, t.end());
        }
        return new Transcript(end, 2, format + " transcript", words, warnings);
    }

    /** Lowercased name, the key speaker roles are remembered by. */
    public static String key(String speaker) {
        return speaker.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The turn's words over its time, each in proportion to its letters, with a letter's time between words and
     * {@link #SENTENCE_PAUSE} letters' time after a sentence: the written full stops become the pauses the
     * detectors read from speech (a question after a pause starts a sentence).
     */
    private static void spread(Speaker side, Turn t, List<SpokenWord> out) {
        List<String> tokens = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        for (String chunk : t.text().strip().split("\\s+")) {
            List<String> words = Tokens.of(chunk);
            for (int i = 0; i < words.size(); i++) {
                tokens.add(words.get(i));
                gaps.add(i == words.size() - 1 && chunk.matches(".*[.?!…]['\"”’)]*") ? SENTENCE_PAUSE : 1);
            }
        }
        if (tokens.isEmpty()) {
            return;
        }
        double total = 0;
        for (int i = 0; i < tokens.size(); i++) {
            total += tokens.get(i).length() + (i < tokens.size() - 1 ? gaps.get(i) : 0);
        }
        double span = t.end() - t.start();
        double at = 0;
        for (int i = 0; i < tokens.size(); i++) {
            double from = t.start() + span * at / total;
            at += tokens.get(i).length();
            out.add(new SpokenWord(side, tokens.get(i), from, t.start() + span * at / total, 1.0));
            at += gaps.get(i);
        }
    }
}
