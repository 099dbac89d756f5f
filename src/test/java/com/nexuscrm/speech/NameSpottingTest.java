package com.nexuscrm.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nexuscrm.domain.call.Speaker;
import com.nexuscrm.domain.call.SpokenWord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The second pass's names replace what the first pass heard at the same time, only when said straight and surely. */
class NameSpottingTest {
    private static final NameSpotting SPOTTING = new NameSpotting(List.of("hub spot", "pipe drive"));

    /** Words from "text", each 0.3 s long after the previous one's end plus {@code gap}, all with {@code confidence}. */
    private static List<SpokenWord> words(String text, double start, double gap, double confidence) {
        List<SpokenWord> out = new ArrayList<>();
        double t = start;
        for (String w : text.split(" ")) {
            out.add(new SpokenWord(Speaker.CUSTOMER, w, t, t + 0.3, confidence));
            t += 0.3 + gap;
        }
        return out;
    }

    private static String text(List<SpokenWord> words) {
        return String.join(" ", words.stream().map(SpokenWord::text).toList());
    }

    @Test
    void aSpottedNameReplacesTheWordsHeardAtItsTime() {
        List<SpokenWord> heard = words("we use from part and pipe arrived today", 0, 0.05, 0.9);
        List<SpokenWord> spotted = new ArrayList<>(words("[unk] [unk]", 0, 0.05, 1));
        spotted.addAll(words("hub spot", 0.7, 0.05, 1));
        spotted.add(new SpokenWord(Speaker.CUSTOMER, "[unk]", 1.4, 1.7, 1));
        spotted.addAll(words("pipe drive", 1.75, 0.05, 0.95));
        assertEquals("we use hub spot and pipe drive today", text(SPOTTING.merge(heard, spotted)));
    }

    @Test
    void aNameSaidWithAGapUnsureOrInPartsIsNotTaken() {
        List<SpokenWord> heard = words("we pipe the drive over", 0, 0.05, 0.9);
        assertEquals(text(heard), text(SPOTTING.merge(heard, words("pipe drive", 0.35, 0.4, 1))));
        assertEquals(text(heard), text(SPOTTING.merge(heard, words("pipe drive", 0.35, 0.05, 0.6))));
        assertEquals(text(heard), text(SPOTTING.merge(heard, words("drive spot", 0.35, 0.05, 1))));
    }

    @Test
    void aNameTheFirstPassHeardAsOneWordIsKept() {
        NameSpotting spotting = new NameSpotting(List.of("sales force"));
        List<SpokenWord> heard = words("salesforce is cheaper", 0, 0.05, 1);
        List<SpokenWord> spotted = List.of(new SpokenWord(Speaker.CUSTOMER, "sales", 0, 0.15, 1),
                new SpokenWord(Speaker.CUSTOMER, "force", 0.15, 0.32, 1));
        assertEquals("salesforce is cheaper", text(spotting.merge(heard, spotted)));
    }

    @Test
    void theGrammarHoldsTheNamesAndUnknownSpeech() {
        assertEquals("[\"hub spot\",\"pipe drive\",\"[unk]\"]", SPOTTING.grammar());
    }
}
