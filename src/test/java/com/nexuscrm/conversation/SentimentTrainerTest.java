package com.nexuscrm.conversation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Progress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny training run on generated sentences proves that training, saving and loading work. */
class SentimentTrainerTest {
    private static final List<String> GOOD = List.of("great", "helpful", "excellent", "happy with", "love");
    private static final List<String> BAD = List.of("awful", "useless", "terrible", "angry about", "hate");
    private static final List<String> THINGS = List.of("the demo", "your support", "the price", "the onboarding", "the team");

    private static List<SentimentCorpus.Example> sentences(int n, long seed) {
        Random random = new Random(seed);
        List<SentimentCorpus.Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String thing = THINGS.get(random.nextInt(THINGS.size()));
            switch (i % 3) {
                case 0 -> out.add(new SentimentCorpus.Example("i think " + thing + " is " + GOOD.get(random.nextInt(5)), Polarity.POSITIVE));
                case 1 -> out.add(new SentimentCorpus.Example("i think " + thing + " is " + BAD.get(random.nextInt(5)), Polarity.NEGATIVE));
                default -> out.add(new SentimentCorpus.Example("we talked about " + thing + " on monday", Polarity.NEUTRAL));
            }
        }
        return out;
    }

    @Test
    void aSmallRunLearnsSavesAndLoads(@TempDir Path dir) throws Exception {
        List<SentimentCorpus.Example> polar = sentences(60, 3).stream().filter(e -> e.label() != Polarity.NEUTRAL).toList();
        SentimentTrainer.Data data = new SentimentTrainer.Data(sentences(300, 1), sentences(90, 2), polar, polar);
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC);
        LearnedSentiment model = new SentimentTrainer(clock, 7).train(data, "tiny", Progress.NONE);
        List<List<String>> probe = List.of(Tokens.of("i think the demo is excellent"), Tokens.of("i think the price is terrible"),
                Tokens.of("we talked about the team on monday"));
        List<Polarity> predicted = model.predict(probe).stream().map(LearnedSentiment.Prediction::polarity).toList();
        assertEquals(List.of(Polarity.POSITIVE, Polarity.NEGATIVE, Polarity.NEUTRAL), predicted);
        assertTrue(model.card().selection().get("goemotionsDevMacroF1") > 0.9, model.card().selection().toString());
        assertEquals(300, model.card().rows().get("goemotionsTrain"));

        model.save(dir.resolve("tiny"));
        LearnedSentiment loaded = LearnedSentiment.load(dir.resolve("tiny"));
        assertArrayEquals(model.scoreAll(probe), loaded.scoreAll(probe), 1e-6);
        assertEquals(model.card(), loaded.card());
    }
}
