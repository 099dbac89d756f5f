package com.nexuscrm.conversation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped sentiment network, as the call analyser uses it. */
class LearnedSentimentTest {
    private static final LearnedSentiment MODEL = LearnedSentiment.standard();

    private static LearnedSentiment.Prediction predict(String text) {
        return MODEL.predict(List.of(Tokens.of(text))).get(0);
    }

    @Test
    void backchannelsAndFillersAreNeutral() {
        for (String text : List.of("yeah", "okay", "right", "sure", "uh-huh", "mm", "yeah yeah okay", "um so", "right right sure",
                "oh okay i see", "got it")) {
            assertEquals(Polarity.NEUTRAL, predict(text).polarity(), text);
            assertEquals(0.0, MODEL.score(Tokens.of(text)), text);
        }
        assertEquals(0.0, MODEL.score(List.of()), "no words, no sentiment");
    }

    /** Factual business talk: none of it negative, and at most one in fifteen taken for positive (one is, below). */
    @Test
    void anUtteranceWithNoSentimentWordsIsNeutralNotNegative() {
        List<String> factual = List.of("we use a spreadsheet for the pipeline today", "we have about forty people on the sales team",
                "the meeting is on tuesday at three", "can you send the contract to our procurement team", "our fiscal year ends in march",
                "i will forward this to my manager", "we are running salesforce in two regions", "the renewal is due next quarter",
                "send me the pricing sheet", "what does the integration with hubspot look like", "we currently have three admins",
                "let me check the calendar", "i am calling about the renewal", "how many seats do you need", "that is not a problem");
        List<String> notNeutral = factual.stream().filter(t -> predict(t).polarity() != Polarity.NEUTRAL).toList();
        System.out.println("Factual utterances not taken as neutral: " + notNeutral);
        assertTrue(factual.stream().noneMatch(t -> predict(t).polarity() == Polarity.NEGATIVE), notNeutral.toString());
        assertTrue(notNeutral.size() <= 1, notNeutral.toString());
    }

    @Test
    void negationTurnsTheSentimentAround() {
        assertEquals(Polarity.POSITIVE, predict("this looks really good").polarity());
        assertEquals(Polarity.NEGATIVE, predict("this does not look good at all").polarity());
        assertEquals(Polarity.POSITIVE, predict("i love the new dashboard").polarity());
        assertEquals(Polarity.NEGATIVE, predict("i don't like the new dashboard").polarity());
        assertTrue(MODEL.score(Tokens.of("honestly we are frustrated and disappointed with the support")) < -0.3);
        assertTrue(MODEL.score(Tokens.of("thank you this is great we are really happy")) > 0.3);
    }

    @Test
    void batchScoresEqualSingleScores() {
        List<List<String>> utterances = List.of(Tokens.of("yeah"), Tokens.of("this is great"), Tokens.of("the price is terrible"),
                Tokens.of("we have forty people"));
        double[] batch = MODEL.scoreAll(utterances);
        assertArrayEquals(utterances.stream().mapToDouble(MODEL::score).toArray(), batch, 1e-6);
        assertTrue(batch[1] > 0 && batch[2] < 0);
    }

    /** Prints the time for an hour-long call's worth of utterances (docs/benchmarks.md); asserts only the count. */
    @Test
    void scoresAnHourOfUtterancesInOneBatchedPass() {
        List<List<String>> hour = new java.util.ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            hour.add(Tokens.of(i % 3 == 0 ? "yeah okay" : i % 3 == 1 ? "the integration with our crm took about " + i + " days"
                    : "honestly the onboarding was great but support was slow " + i));
        }
        MODEL.scoreAll(hour.subList(0, 10));
        long start = System.nanoTime();
        double[] scores = MODEL.scoreAll(hour);
        System.out.printf("Sentiment: %d utterances scored in %.0f ms%n", scores.length, (System.nanoTime() - start) / 1e6);
        assertEquals(1200, scores.length);
    }

    @Test
    void theCallAnalyzerUsesTheNetworkByDefault() {
        var call = new CallAnalyzer().analyze(CallScript.discoveryCall().stereo(60), AnalysisSettings.defaults());
        double[] expected = MODEL.scoreAll(call.sentiment().stream().map(s -> Tokens.of(s.evidence().quote())).toList());
        assertArrayEquals(expected, call.sentiment().stream().mapToDouble(s -> s.score()).toArray(), 1e-6);
    }

    @Test
    void theCardCitesItsData() {
        SentimentModelCard card = MODEL.card();
        assertTrue(card.data().stream().anyMatch(d -> d.contains("Demszky") && d.contains("CC BY 4.0")));
        assertTrue(card.data().stream().anyMatch(d -> d.contains("Sentiment Labelled Sentences")));
        assertTrue(card.bestEpoch() >= 1 && card.bestEpoch() <= card.epochs());
    }
}
