package com.nexuscrm.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.conversation.AnalysisSettings;
import com.nexuscrm.conversation.CallAnalysisJson;
import com.nexuscrm.conversation.CallAnalyzer;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.CallRecording;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.domain.call.CallStatus;
import com.nexuscrm.domain.call.Finding;
import com.nexuscrm.domain.call.Speaker;
import com.nexuscrm.domain.call.Transcript;
import com.nexuscrm.storage.StoredCalls;
import com.nexuscrm.storage.StoredSampleSink;
import com.nexuscrm.storage.WorkspaceStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample's call history: the analysis finds what the scripts put in, and the stored history is reproducible. */
class CallHistoryTest {
    private static final int LEADS = 1_500;

    @TempDir
    Path dir;

    @Test
    void theAnalysisFindsWhatEachScriptPutIn() {
        Draws draws = new Draws(new Random(11));
        SpokenTiming timing = new SpokenTiming(draws);
        CallAnalyzer analyzer = new CallAnalyzer();
        for (int i = 0; i < 300; i++) {
            CallStyle style = CallStyle.of(0.3 * draws.gaussian(), draws.gaussian());
            ScriptedCall script = CallScript.write(style, CallScript.Fate.values()[i % 3], draws);
            CallAnalysis analysis = analyzer.analyze(timing.time(script, style.patienceSeconds()), AnalysisSettings.defaults());
            String call = "call " + i + ": " + script.turns();
            assertEquals(Set.copyOf(script.objections()), labels(analysis.objections()), call);
            assertEquals(Set.copyOf(script.competitors()), labels(analysis.competitors()), call);
            assertEquals(Set.copyOf(script.signals()), labels(analysis.buyingSignals()), call);
            assertEquals(script.nextStep(), !analysis.actionItems().isEmpty(), call);
            assertEquals(script.discovery(), analysis.discoveryQuestions().size(),
                    "call " + i + ": " + analysis.discoveryQuestions().stream().map(q -> q.evidence().quote()).toList());
            assertTrue(analysis.stereo() && analysis.patience() != null, call);
        }
    }

    @Test
    void timingIsAboutTwoAndAHalfWordsASecondWithTheRepsPatienceBeforeAnswers() {
        Draws draws = new Draws(new Random(5));
        CallStyle style = CallStyle.of(0, 0);
        Transcript transcript = new SpokenTiming(draws).time(CallScript.write(style, CallScript.Fate.OPEN, draws), 1.2);
        CallAnalysis analysis = new CallAnalyzer().analyze(transcript, AnalysisSettings.defaults());
        double wordsPerSecond = transcript.words().size() / transcript.durationSeconds();
        assertTrue(wordsPerSecond > 1.8 && wordsPerSecond < 2.8, "words per second " + wordsPerSecond);
        assertEquals(1.2, analysis.patience().meanSeconds(), 0.15);
        assertTrue(transcript.stereo());
    }

    @Test
    void skilledRepsTalkLessAskMoreAndHandleObjectionsBetter() {
        CallStyle skilled = CallStyle.of(0.45, 0);
        CallStyle unskilled = CallStyle.of(-0.45, 0);
        assertTrue(skilled.discoveryQuestions() > unskilled.discoveryQuestions() + 4);
        assertTrue(skilled.pitchSentences() < unskilled.pitchSentences());
        assertTrue(skilled.handlesObjections() > unskilled.handlesObjections());
        assertTrue(skilled.fillerChance() < unskilled.fillerChance());
        assertTrue(skilled.patienceSeconds() > unskilled.patienceSeconds());
    }

    @Test
    void theStoredHistoryIsReproducibleAndConsistent() throws java.io.IOException {
        List<String> first = generate("a");
        assertEquals(first, generate("b"));
        assertTrue(first.size() > 20, "calls in a " + LEADS + "-lead sample: " + first.size());
    }

    @Test
    void fileNamesCarryTheDateAndTheAccount() {
        Deal deal = new Deal(UUID.randomUUID());
        deal.setName("Acme & Sons, Inc. - Business, 12 seats");
        assertEquals("call-2026-10-03-acme-sons-inc.wav",
                CallHistoryFactory.fileName(deal, Instant.parse("2026-10-03T14:00:00Z")));
    }

    /** Generates a sample, checks its call history and returns a fingerprint of it. */
    private List<String> generate(String name) throws java.io.IOException {
        try (WorkspaceStore store = WorkspaceStore.create(dir.resolve(name), SampleWorkspaceTest.PASS)) {
            SampleSummary summary = new SampleWorkspace(7, SampleWorkspace.DEFAULT_REFERENCE_NOW)
                    .generate(new StoredSampleSink(store), LEADS, Progress.NONE);
            List<CallRecording> calls = store.repository(CallRecording.class).findAll().stream()
                    .sorted(Comparator.comparing(CallRecording::getId)).toList();
            assertEquals(summary.calls(), calls.size());
            Map<UUID, Activity> activities = store.repository(Activity.class).findAll().stream()
                    .collect(Collectors.toMap(Activity::getId, Function.identity()));
            Map<UUID, Deal> deals = store.repository(Deal.class).findAll().stream()
                    .collect(Collectors.toMap(Deal::getId, Function.identity()));
            StoredCalls log = new StoredCalls(store);
            Instant windowStart = SampleWorkspace.DEFAULT_REFERENCE_NOW.minus(Duration.ofDays(CallHistoryFactory.HISTORY_DAYS));
            // One call has real audio, queued for transcription when the sample opens.
            List<CallRecording> queued = calls.stream().filter(c -> CallStatus.QUEUED.name().equals(c.getStatus())).toList();
            assertEquals(1, queued.size());
            CallRecording recorded = queued.get(0);
            assertEquals(CallHistoryFactory.RECORDED_CALL, recorded.getFileName());
            assertTrue(java.nio.file.Files.size(com.nexuscrm.conversation.CallJobs.audioPath(
                    com.nexuscrm.conversation.CallJobs.recordingsFolder(store.folder()), recorded.getId(), recorded.getFileName())) > 50_000);
            assertFalse(deals.get(recorded.getDealId()).getStage().isClosed());
            for (CallRecording call : calls.stream().filter(c -> c != recorded).toList()) {
                assertEquals(CallStatus.ANALYSED.name(), call.getStatus());
                assertEquals(CallHistoryFactory.STATUS_DETAIL, call.getStatusDetail());
                assertFalse(call.getCallAt().isBefore(windowStart) || call.getCallAt().isAfter(SampleWorkspace.DEFAULT_REFERENCE_NOW));
                Activity activity = activities.get(call.getActivityId());
                assertEquals(ActivityType.CALL, activity.getType());
                assertEquals(call.getDealId(), activity.getDealId());
                Deal deal = deals.get(call.getDealId());
                assertEquals(deal.getOwnerId(), call.getOwnerId(), "a rep's calls are on the rep's deals");
                assertFalse(deal.getLastCallAt().isBefore(call.getCallAt()), "the deal shows its latest call");
                Transcript transcript = CallAnalysisJson.readTranscript(log.transcriptJson(call.getId()).orElseThrow());
                assertTrue(transcript.words().stream().anyMatch(w -> w.speaker() == Speaker.CUSTOMER));
                assertTrue(CallAnalysisJson.readAnalysis(call.getAnalysisJson()).stereo());
            }
            Set<UUID> called = calls.stream().map(CallRecording::getDealId).collect(Collectors.toSet());
            assertTrue(deals.values().stream().allMatch(d -> called.contains(d.getId()) == (d.getLastCallAt() != null)));
            return calls.stream().map(c -> c.getId() + " " + c.getCallAt() + " " + c.getFileName() + " "
                    + java.util.Objects.hashCode(c.getAnalysisJson()) + " " + deals.get(c.getDealId()).getLastCallObjections()).toList();
        }
    }

    private static Set<String> labels(List<Finding> findings) {
        return findings.stream().map(Finding::label).collect(Collectors.toSet());
    }
}
