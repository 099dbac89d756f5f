package com.nexuscrm.ui.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.call.Speaker;
import com.nexuscrm.domain.call.SpokenWord;
import com.nexuscrm.ui.calls.TranscriptIndex.Match;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptIndexTest {
    static List<SpokenWord> words(String text, double start) {
        List<SpokenWord> out = new ArrayList<>();
        double t = start;
        for (String w : text.split(" ")) {
            out.add(new SpokenWord(Speaker.REP, w, t, t + 0.4, 0.9));
            t += 0.5;
        }
        return out;
    }

    @Test
    void theWordSpokenAtATimeIsFoundAndGapsHaveNone() {
        TranscriptIndex index = new TranscriptIndex(words("what is your budget", 1.0));
        assertEquals(-1, index.wordAt(0.5));
        assertEquals(0, index.wordAt(1.0));
        assertEquals(1, index.wordAt(1.7));
        assertEquals(3, index.wordAt(2.9));
        assertEquals(-1, index.wordAt(10));
    }

    @Test
    void phrasesAreFoundIgnoringCaseWithTheLastWordAsAPrefix() {
        TranscriptIndex index = new TranscriptIndex(words("the price is high the price is fine", 0));
        assertEquals(List.of(new Match(0, 3), new Match(4, 3)), index.find("The PRICE i"));
        assertEquals(List.of(new Match(1, 1), new Match(5, 1)), index.find("pri"));
        assertTrue(index.find("  ").isEmpty());
        assertTrue(index.find("prices are").isEmpty());
    }
}
