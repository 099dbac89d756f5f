package com.nexuscrm.sample;

import com.nexuscrm.domain.call.Speaker;
import com.nexuscrm.domain.call.SpokenWord;
import com.nexuscrm.domain.call.Transcript;
import com.nexuscrm.sample.ScriptedCall.Turn;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives a scripted call the word timings of a stereo recording: about 2.6 words a second, a short pause between
 * sentences (long enough for the analyzer to see a new sentence, short enough to stay one utterance) and a pause
 * between turns that, before the rep speaks, is the rep's patience.
 */
final class SpokenTiming {
    /** The transcript's model name: these calls were never recognised from audio. */
    static final String MODEL = "sample call history (scripted, no audio)";
    private static final double WORD_GAP = 0.07;

    private final Draws draws;

    SpokenTiming(Draws draws) {
        this.draws = draws;
    }

    Transcript time(ScriptedCall call, double patienceSeconds) {
        List<SpokenWord> words = new ArrayList<>();
        double t = 0.6;
        for (Turn turn : call.turns()) {
            if (!words.isEmpty()) {
                t += turn.speaker() == Speaker.REP
                        ? Math.max(0.3, patienceSeconds + 0.25 * draws.gaussian())
                        : 0.4 + 0.5 * draws.uniform();
            }
            for (int s = 0; s < turn.sentences().size(); s++) {
                if (s > 0) {
                    t += 0.35 + 0.35 * draws.uniform();
                }
                t = say(turn.speaker(), turn.sentences().get(s), t, words);
            }
        }
        return new Transcript(t + 1.0, 2, MODEL, words);
    }

    private double say(Speaker speaker, String sentence, double start, List<SpokenWord> into) {
        double t = start;
        for (String word : sentence.split(" ")) {
            double length = 0.15 + 0.033 * word.length() + 0.04 * draws.uniform();
            double end = Math.round((t + length) * 100) / 100.0;
            into.add(new SpokenWord(speaker, word, Math.round(t * 100) / 100.0, end, 0.8 + 0.19 * draws.uniform()));
            t = end + WORD_GAP;
        }
        return t - WORD_GAP;
    }
}
