package com.nexuscrm.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.domain.call.Evidence;
import com.nexuscrm.domain.call.Finding;
import com.nexuscrm.domain.call.RepChannel;
import com.nexuscrm.domain.call.Speaker;
import com.nexuscrm.domain.call.Transcript;
import com.nexuscrm.speech.SpeechPipeline;
import com.nexuscrm.speech.SpokenCall;
import com.nexuscrm.speech.TestModels;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speech to analysis on a call spoken by espeak-ng in two voices on two channels: the scripted questions,
 * objections, competitors (also those the recogniser's first pass mishears), buying signal and next step are found,
 * each at its scripted time.
 */
class CallIntelligenceTest {
    @TempDir
    static Path dir;
    static List<SpokenCall.Line> lines;
    static Transcript transcript;
    static CallAnalysis analysis;

    @BeforeAll
    static void speakAndAnalyse() throws Exception {
        SpokenCall call = new SpokenCall(dir)
                .rep("Hi, thanks for joining today.")                       // 0
                .rep("What are your goals for this quarter?")               // 1
                .customer("It is too expensive for us right now.")          // 2
                .rep("How do you handle renewals today?")                   // 3
                .customer("We are also evaluating Salesforce.")             // 4
                .customer("How soon can we get started?")                   // 5
                .rep("I will schedule a follow up call on Tuesday.")        // 6
                .customer("We also looked at HubSpot and Pipedrive.")       // 7
                .rep("Which of those tools does your team use every day?") // 8
                .customer("Right now we use hub spot and pipe drive.");     // 9
        lines = call.lines();
        transcript = new SpeechPipeline(TestModels.english(), AnalysisSettings.defaults().spokenCompetitors())
                .transcribe(call.stereoWav("call.wav"), RepChannel.LEFT, 2, Progress.NONE);
        // Vosk is loaded into this JVM (pom: vosk-in-process), and its OpenBLAS cross-wires with ND4J's: the
        // sentiment network stays out of it. This test checks the findings, not sentiment (LearnedSentimentTest does).
        analysis = new CallAnalyzer(new RuleBasedSentiment(SentimentLexicon.standard())).analyze(transcript, AnalysisSettings.defaults());
    }

    @Test
    void talkFiguresForBothSides() {
        double rep = analysis.side(Speaker.REP).orElseThrow().talkRatio();
        double customer = analysis.side(Speaker.CUSTOMER).orElseThrow().talkRatio();
        assertEquals(1.0, rep + customer, 1e-6);
        assertTrue(rep > 0.45 && rep < 0.75, "rep talk ratio " + rep);
        assertNotNull(analysis.interactivity());
        assertTrue(analysis.interactivity().switches() >= 3, analysis.interactivity().toString());
        assertTrue(analysis.notComputed().stream().noneMatch(n -> n.metric().contains("talk ratio")), analysis.notComputed().toString());
    }

    @Test
    void repQuestionsAreDiscoveryQuestionsAtTheirTimes() {
        assertTrue(analysis.discoveryQuestions().stream().anyMatch(q -> within(q.evidence(), lines.get(1))), analysis.questions().toString());
        assertTrue(analysis.discoveryQuestions().stream().anyMatch(q -> within(q.evidence(), lines.get(3))), analysis.questions().toString());
        assertTrue(analysis.questionsBy(Speaker.CUSTOMER).stream().anyMatch(q -> within(q.evidence(), lines.get(5))), analysis.questions().toString());
    }

    @Test
    void objectionCompetitorSignalAndNextStepWithEvidence() {
        assertFound(analysis.objections(), "price", Speaker.CUSTOMER, lines.get(2));
        assertFound(analysis.competitors(), "Salesforce", Speaker.CUSTOMER, lines.get(4));
        assertTrue(analysis.buyingSignals().stream().anyMatch(f -> within(f.evidence(), lines.get(5))), analysis.buyingSignals().toString());
        assertTrue(analysis.actionItems().stream().anyMatch(a -> within(a.evidence(), lines.get(6)) && a.due() != null && a.due().endsWith("tuesday")),
                analysis.actionItems().toString());
    }

    /**
     * Vosk's first pass hears espeak-ng's "hub spot" as "from spot" or "home part" and "pipe drive" now and then as
     * "pipe arrived"; the second pass listening for the competitors' spoken names ({@code speech.NameSpotting}) writes
     * them as said, and both are found, whether spelt as one word or two.
     */
    @Test
    void competitorsHeardAsOtherWordsAreFound() {
        for (int line : List.of(7, 9)) {
            assertFound(analysis.competitors(), "HubSpot", Speaker.CUSTOMER, lines.get(line));
            assertFound(analysis.competitors(), "Pipedrive", Speaker.CUSTOMER, lines.get(line));
        }
    }

    @Test
    void noCompetitorIsSpottedWhereNoneWasNamed() {
        assertEquals(List.of("Salesforce", "HubSpot", "Pipedrive", "HubSpot", "Pipedrive"),
                analysis.competitors().stream().map(Finding::label).toList(), transcript.text());
    }

    @Test
    void dealSummaryCarriesTheFindings() {
        var summary = com.nexuscrm.domain.call.DealCallSummary.of(analysis, java.time.Instant.EPOCH);
        assertTrue(summary.objections().contains("price"), summary.toString());
        assertTrue(summary.competitors().contains("Salesforce"), summary.toString());
        assertTrue(!summary.buyingSignals().isEmpty(), summary.toString());
    }

    private static void assertFound(List<Finding> findings, String label, Speaker speaker, SpokenCall.Line line) {
        assertTrue(findings.stream().anyMatch(f -> f.label().equals(label) && f.evidence().speaker() == speaker
                && within(f.evidence(), line)), label + " by " + speaker + " in " + line + "; found " + findings
                + "\ntranscript: " + transcript.text());
    }

    private static boolean within(Evidence e, SpokenCall.Line line) {
        return e.start() >= line.start() - 0.4 && e.end() <= line.end() + 0.4;
    }
}
