package com.nexuscrm.conversation;

import static com.nexuscrm.conversation.CallScript.at;
import static com.nexuscrm.conversation.CallScript.endOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.call.ActionItem;
import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.domain.call.Evidence;
import com.nexuscrm.domain.call.Finding;
import com.nexuscrm.domain.call.NotComputed;
import com.nexuscrm.domain.call.Question;
import com.nexuscrm.domain.call.SideMetrics;
import com.nexuscrm.domain.call.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallAnalyzerTest {
    /** Scores are float sums; the order of a vectorised sum may differ from run to run in the last bits. */
    private static final double EPS = 1e-6;
    private static final CallAnalyzer ANALYZER = new CallAnalyzer();
    private static final CallAnalysis CALL = ANALYZER.analyze(CallScript.discoveryCall().stereo(60),
            AnalysisSettings.defaults());

    static void assertEvidence(Evidence expected, Evidence actual) {
        assertEquals(expected.speaker(), actual.speaker(), "speaker");
        assertEquals(expected.quote(), actual.quote(), "quote");
        assertEquals(expected.start(), actual.start(), EPS, "start of " + actual.quote());
        assertEquals(expected.end(), actual.end(), EPS, "end of " + actual.quote());
    }

    private static void assertFinding(String label, Evidence expected, Finding actual) {
        assertEquals(label, actual.label());
        assertEvidence(expected, actual.evidence());
    }

    @Test
    void talkFiguresPerSide() {
        SideMetrics rep = CALL.side(Speaker.REP).orElseThrow();
        SideMetrics customer = CALL.side(Speaker.CUSTOMER).orElseThrow();
        assertEquals(14.0, rep.talkSeconds(), EPS);
        assertEquals(16.0, customer.talkSeconds(), EPS);
        assertEquals(14.0 / 30.0, rep.talkRatio(), EPS);
        assertEquals(16.0 / 30.0, customer.talkRatio(), EPS);
        assertEquals(36, rep.words());
        assertEquals(36 / (14.0 / 60), rep.wordsPerMinute(), EPS);
        assertEvidence(new Evidence(Speaker.REP, 0.0, 4.7, "hi thanks for joining so tell me about your current sales process"),
                rep.longestMonologue());
        assertEquals(13.0, customer.longestMonologue().start(), EPS);
        assertEquals(endOf(13.0, 15), customer.longestMonologue().end(), EPS);
        assertEquals(7, CALL.interactivity().switches());
        assertEquals(7.0, CALL.interactivity().perMinute(), EPS);
        assertTrue(CALL.notComputed().isEmpty(), CALL.notComputed()::toString);
    }

    @Test
    void patienceIsTheMeanPauseBeforeTheRepAnswers() {
        assertEquals((0.8 + 0.7 + 1.0) / 3, CALL.patience().meanSeconds(), EPS);
        assertEquals(3, CALL.patience().responses());
        assertEvidence(new Evidence(Speaker.REP, endOf(13.0, 15), 20.0, "so um do you have budget set aside for this"),
                CALL.patience().quickest());
    }

    @Test
    void questionsAreSplitBySideAndDiscovery() {
        List<Question> rep = CALL.questionsBy(Speaker.REP);
        assertEquals(3, rep.size());
        assertTrue(CALL.questionsBy(Speaker.CUSTOMER).isEmpty());
        assertEvidence(new Evidence(Speaker.REP, at(0, 5), endOf(0, 11), "tell me about your current sales process"),
                rep.get(0).evidence());
        assertEvidence(new Evidence(Speaker.REP, 9.5, endOf(9.5, 6), "what are your biggest challenges with that"),
                rep.get(1).evidence());
        assertEvidence(new Evidence(Speaker.REP, at(20, 2), endOf(20, 9), "do you have budget set aside for this"),
                rep.get(2).evidence());
        assertEquals(List.of(true, true, false), rep.stream().map(Question::discovery).toList());
        assertEquals(2, CALL.discoveryQuestions().size());
    }

    @Test
    void fillersAreCountedPerSide() {
        assertEquals(1, CALL.fillers().size());
        assertFinding("um", new Evidence(Speaker.REP, at(20, 1), endOf(20, 1), "um"), CALL.fillers().get(0));
        assertEquals(1 / (14.0 / 60), CALL.side(Speaker.REP).orElseThrow().fillersPerMinute(), EPS);
        assertEquals(0, CALL.side(Speaker.CUSTOMER).orElseThrow().fillerCount());
    }

    @Test
    void objectionsCompetitorsAndBuyingSignalsCarryTheirEvidence() {
        assertEquals(2, CALL.objections().size());
        assertFinding("price", new Evidence(Speaker.CUSTOMER, at(13, 2), endOf(13, 5), "price is too high"),
                CALL.objections().get(0));
        assertFinding("competitor", new Evidence(Speaker.CUSTOMER, at(13, 11), endOf(13, 13), "also looking at"),
                CALL.objections().get(1));
        assertEquals(1, CALL.competitors().size());
        assertFinding("HubSpot", new Evidence(Speaker.CUSTOMER, at(13, 14), endOf(13, 15), "hub spot"),
                CALL.competitors().get(0));
        assertEquals(2, CALL.buyingSignals().size());
        assertFinding("has budget", new Evidence(Speaker.CUSTOMER, at(24, 1), endOf(24, 3), "we have budget"),
                CALL.buyingSignals().get(0));
        assertFinding("asks for the contract",
                new Evidence(Speaker.CUSTOMER, at(32, 1), endOf(32, 4), "send me the contract"), CALL.buyingSignals().get(1));
    }

    @Test
    void actionItemKeepsItsDuePhrase() {
        assertEquals(List.of(new ActionItem(new Evidence(Speaker.REP, at(28.5, 1), endOf(28.5, 6),
                "i'll send the proposal by friday"), "by friday")), roundTimes(CALL.actionItems()));
    }

    private static List<ActionItem> roundTimes(List<ActionItem> items) {
        return items.stream().map(i -> new ActionItem(new Evidence(i.evidence().speaker(),
                Math.round(i.evidence().start() * 1e6) / 1e6, Math.round(i.evidence().end() * 1e6) / 1e6,
                i.evidence().quote()), i.due())).toList();
    }

    @Test
    void topicsAndTrackers() {
        assertEquals(List.of("pricing", "pricing", "pricing", "contract"), CALL.topics().stream().map(Finding::label).toList());
        assertEquals(List.of(at(13, 2), at(20, 5), at(24, 3), at(32, 4)),
                CALL.topics().stream().map(f -> f.evidence().start()).toList());
        assertEquals(1, CALL.trackerHits().size());
        assertFinding("Pain", new Evidence(Speaker.CUSTOMER, at(6, 2), endOf(6, 2), "spreadsheets"), CALL.trackerHits().get(0));
    }

    @Test
    void sentimentPerUtteranceAndTheObjectionHandlingScore() {
        SentimentScorer sentiment = LearnedSentiment.standard();
        double frustrated = sentiment.score(List.of("we", "use", "spreadsheets", "and", "it", "is", "frustrating"));
        double good = sentiment.score(List.of("yes", "we", "have", "budget", "and", "this", "looks", "really", "good"));
        double ready = sentiment.score(List.of("perfect", "send", "me", "the", "contract", "when", "it", "is", "ready"));
        assertEquals(8, CALL.sentiment().size());
        assertEquals(frustrated, CALL.sentiment().get(1).score(), EPS);
        assertTrue(frustrated < 0 && good > 0 && ready > 0);
        assertEquals((good + ready) / 2 - frustrated, CALL.objectionHandling().score(), EPS);
        assertEquals(2, CALL.objectionHandling().scored(), "both objections are in one utterance");
        assertTrue(CALL.trend(Speaker.CUSTOMER).orElseThrow().change() > 0, "the customer warmed up");
        assertEquals(1, CALL.trend(Speaker.CUSTOMER).orElseThrow().series().size());
    }

    @Test
    void monoRecordingSaysWhatItCouldNotCompute() {
        CallAnalysis mono = ANALYZER.analyze(CallScript.discoveryCall().mono(60), AnalysisSettings.defaults());
        assertFalse(mono.stereo());
        assertEquals(1, mono.sides().size());
        SideMetrics all = mono.side(Speaker.UNKNOWN).orElseThrow();
        assertNull(all.talkRatio());
        assertNull(all.longestMonologue());
        assertEquals(35.5, all.talkSeconds(), EPS, "a mono call is one utterance: no pause over 1.5 s");
        assertNull(mono.interactivity());
        assertNull(mono.patience());
        assertNull(mono.objectionHandling());
        List<String> missing = mono.notComputed().stream().map(NotComputed::metric).toList();
        assertTrue(missing.containsAll(List.of("talk ratio per side", "longest monologue per side", "interactivity",
                "patience", "questions by rep and customer", "discovery questions")), missing::toString);
        assertEquals(3, mono.questionsBy(Speaker.UNKNOWN).size());
        assertTrue(mono.discoveryQuestions().isEmpty());
        assertEquals(List.of("price", "competitor"), mono.objections().stream().map(Finding::label).toList());
        assertEquals(Speaker.UNKNOWN, mono.competitors().get(0).evidence().speaker());
        assertTrue(mono.buyingSignals().size() >= 2, "the classifier may add signals said in other words: " + mono.buyingSignals());
        assertEquals(1, mono.actionItems().size());
    }
}
