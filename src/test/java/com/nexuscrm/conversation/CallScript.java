package com.nexuscrm.conversation;

import com.nexuscrm.domain.call.Speaker;
import com.nexuscrm.domain.call.SpokenWord;
import com.nexuscrm.domain.call.Transcript;
import java.util.ArrayList;
import java.util.List;

/** Builds timed transcripts for tests: each word lasts {@value #WORD} s and the next starts {@value #STEP} s later. */
final class CallScript {
    static final double WORD = 0.3;
    static final double STEP = 0.4;
    private final List<SpokenWord> words = new ArrayList<>();

    CallScript say(Speaker speaker, double start, String text) {
        String[] split = text.split(" ");
        for (int k = 0; k < split.length; k++) {
            words.add(new SpokenWord(speaker, split[k], start + STEP * k, start + STEP * k + WORD, 0.9));
        }
        return this;
    }

    Transcript stereo(double duration) {
        return new Transcript(duration, 2, "test", words);
    }

    /** The same words as a mono recording: every word by {@link Speaker#UNKNOWN}. */
    Transcript mono(double duration) {
        return new Transcript(duration, 1, "test", words.stream()
                .map(w -> new SpokenWord(Speaker.UNKNOWN, w.text(), w.start(), w.end(), w.confidence())).toList());
    }

    /** Start of word {@code index} of a line that starts at {@code lineStart}. */
    static double at(double lineStart, int index) {
        return lineStart + STEP * index;
    }

    /** End of word {@code index} of a line that starts at {@code lineStart}. */
    static double endOf(double lineStart, int index) {
        return lineStart + STEP * index + WORD;
    }

    /** The discovery call most tests use. */
    static CallScript discoveryCall() {
        return new CallScript()
                .say(Speaker.REP, 0.0, "hi thanks for joining so tell me about your current sales process")
                .say(Speaker.CUSTOMER, 6.0, "we use spreadsheets and it is frustrating")
                .say(Speaker.REP, 9.5, "what are your biggest challenges with that")
                .say(Speaker.CUSTOMER, 13.0, "honestly the price is too high for us and we are also looking at hub spot")
                .say(Speaker.REP, 20.0, "so um do you have budget set aside for this")
                .say(Speaker.CUSTOMER, 24.0, "yes we have budget and this looks really good")
                .say(Speaker.REP, 28.5, "great i'll send the proposal by friday")
                .say(Speaker.CUSTOMER, 32.0, "perfect send me the contract when it is ready");
    }
}
