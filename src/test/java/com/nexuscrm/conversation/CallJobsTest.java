package com.nexuscrm.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.CallRecording;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.call.CallStatus;
import com.nexuscrm.domain.call.TranscriptionException;
import com.nexuscrm.domain.call.TranscriptionOptions;
import com.nexuscrm.speech.SpeechModels;
import com.nexuscrm.speech.SpokenCall;
import com.nexuscrm.speech.WorkerTranscriber;
import com.nexuscrm.storage.StoredCalls;
import com.nexuscrm.storage.WorkspaceStore;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The call job queue on a real encrypted workspace, with Vosk in its worker process: attach → transcript
 * and analysis, the deal updated, the transcript kept local until shared; a killed worker, a cancel, a
 * non-audio file and an interrupted job resumed after a restart.
 */
class CallJobsTest {
    @TempDir
    static Path audio;
    static Path call;

    @TempDir
    Path dir;
    WorkspaceStore store;
    CallJobs jobs;
    final BlockingQueue<CallJobs.JobEvent> events = new LinkedBlockingQueue<>();
    Deal deal;

    @BeforeAll
    static void speak() throws Exception {
        call = new SpokenCall(audio).rep("What are your goals for this quarter?")
                .customer("It is too expensive for us right now.")
                .customer("Salesforce is cheaper for us.")
                .customer("How soon can we get started?")
                .rep("I will schedule a follow up call on Tuesday.").stereoWav("deal-call.wav");
    }

    @BeforeEach
    void open() {
        store = WorkspaceStore.create(dir.resolve("ws"), "call-jobs-test".toCharArray());
        deal = new Deal(Ids.newId());
        deal.setName("Acme renewal");
        deal.setStage(DealStage.values()[1]);
        deal.setAmount(new BigDecimal("12000"));
        deal.setCurrency("EUR");
        deal.setCloseDate(LocalDate.of(2027, 1, 31));
        deal.setCreatedAt(Instant.parse("2026-10-01T09:00:00Z"));
        store.repository(Deal.class).save(deal);
        jobs = jobs(new WorkerTranscriber());
    }

    private CallJobs jobs(WorkerTranscriber transcriber) {
        CallJobs j = new CallJobs(store.repository(CallRecording.class), store.repository(Activity.class),
                store.repository(Deal.class), new StoredCalls(store), transcriber,
                () -> TranscriptionOptions.of(SpeechModels.defaultModel()), new CallAnalyzer(), AnalysisSettings::defaults,
                new RecordingVault(store.folder().resolve("recordings"), store.recordingsKey()), Clock.systemUTC(),
                Runnable::run);
        j.addListener(events::add);
        return j;
    }

    @AfterEach
    void close() {
        jobs.close();
        store.close();
    }

    private CallJobs.JobEvent awaitEnd(UUID id) throws InterruptedException {
        while (true) {
            CallJobs.JobEvent e = events.poll(120, TimeUnit.SECONDS);
            assertNotNull(e, "no job event within 2 minutes");
            if (e.recordingId().equals(id) && !e.status().unfinished()) {
                return e;
            }
        }
    }

    /** The speech worker JVMs this test started (its only child JVMs). */
    private static java.util.stream.Stream<ProcessHandle> workers() {
        return ProcessHandle.current().children().filter(p -> p.info().command().orElse("").endsWith("java"));
    }

    /**
     * Waits for the workers still listed to end: a job ends after it has killed its worker, whose exit the
     * JVM reaps a moment later. The wait is short, so a worker that was not stopped is still seen running.
     */
    private static void awaitWorkersExited() throws Exception {
        for (ProcessHandle worker : workers().toList()) {
            try {
                worker.onExit().get(5, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // still running: the assertion that follows names it
            }
        }
    }

    private UUID callActivity() {
        Activity a = new Activity(Ids.newId());
        a.setType(ActivityType.CALL);
        a.setSubject("Renewal call");
        a.setDealId(deal.getId());
        a.setOccurredAt(Instant.parse("2026-11-20T15:00:00Z"));
        store.repository(Activity.class).save(a);
        return a.getId();
    }

    @Test
    void attachTranscribesAnalysesAndUpdatesTheDealWhileTheTranscriptStaysLocal() throws Exception {
        byte[] original = Files.readAllBytes(call);
        CallRecording r = jobs.attach(callActivity(), call);
        assertEquals(CallStatus.ANALYSED, awaitEnd(r.getId()).status());

        CallRecording done = store.repository(CallRecording.class).find(r.getId()).orElseThrow();
        assertEquals(deal.getId(), done.getDealId());
        assertTrue(done.getDurationSeconds() >= 10, "duration " + done.getDurationSeconds());
        assertTrue(CallAnalysisJson.readAnalysis(done.getAnalysisJson()).objections().stream().anyMatch(f -> f.label().equals("price")));
        assertEquals(64, done.getSha256().length());
        assertTrue(Files.exists(jobs.audioOf(done)));
        assertTrue(java.util.Arrays.equals(original, Files.readAllBytes(call)), "the user's file is never touched");
        assertEncryptedAtRest(jobs.audioOf(done), original);
        assertNoPlainCopyLeft();

        Deal updated = store.repository(Deal.class).find(deal.getId()).orElseThrow();
        assertEquals(Instant.parse("2026-11-20T15:00:00Z"), updated.getLastCallAt());
        assertTrue(updated.getLastCallObjections().contains("price"), updated.getLastCallObjections());
        assertEquals("Salesforce", updated.getLastCallCompetitors(), jobs.transcriptJson(r.getId()).orElseThrow());
        assertNotNull(updated.getLastCallSignals());
        assertNotNull(updated.getLastCallSentiment());

        // Privacy: the transcript is in the local-only table; nothing queued for the server carries it.
        String transcript = jobs.transcriptJson(r.getId()).orElseThrow();
        assertTrue(transcript.contains("salesforce"), transcript);
        assertNull(done.getTranscriptJson());
        assertTrue(store.outbox().head(1000).stream().noneMatch(e -> e.fields() != null && e.fields().contains("\"words\"")));
        jobs.share(r.getId(), true);
        assertEquals(transcript, store.repository(CallRecording.class).find(r.getId()).orElseThrow().getTranscriptJson());
        assertTrue(store.outbox().head(1000).stream().anyMatch(e -> e.fields() != null && e.fields().contains("salesforce")));
        // On a colleague's workstation, a shared call's transcript comes with the synced recording.
        new StoredCalls(store).saveTranscriptJson(r.getId(), transcript); // unchanged local copy
        CallRecording pulled = new CallRecording(Ids.newId());
        pulled.setActivityId(done.getActivityId());
        pulled.setFileName("shared.wav");
        pulled.setStatus(CallStatus.ANALYSED.name());
        pulled.setShared(true);
        pulled.setTranscriptJson(transcript);
        store.repository(CallRecording.class).save(pulled);
        assertEquals(transcript, jobs.transcriptJson(pulled.getId()).orElseThrow());
        jobs.share(r.getId(), false);
        assertNull(store.repository(CallRecording.class).find(r.getId()).orElseThrow().getTranscriptJson());
    }

    @Test
    void aWorkerThatDiesFailsTheJobWithTheReasonAndKeepsTheRecording() throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        jobs.addListener(e -> {
            if (e.status() == CallStatus.TRANSCRIBING && e.total() > 0 && e.done() == 0 && killed.compareAndSet(false, true)) {
                workers().forEach(ProcessHandle::destroyForcibly);
            }
        });
        CallRecording r = jobs.attach(callActivity(), call);
        CallJobs.JobEvent end = awaitEnd(r.getId());
        assertTrue(killed.get(), "the worker was killed mid-job");
        assertEquals(CallStatus.FAILED, end.status());
        assertTrue(end.detail().startsWith("The speech worker stopped unexpectedly while transcribing deal-call.wav (it ended on signal 9, killed"),
                end.detail());
        assertTrue(end.detail().contains("The recording is kept"), end.detail());
        CallRecording failed = store.repository(CallRecording.class).find(r.getId()).orElseThrow();
        assertEquals(CallStatus.FAILED.name(), failed.getStatus());
        assertTrue(Files.exists(jobs.audioOf(failed)));
        assertNoPlainCopyLeft();

        jobs.retry(r.getId());
        assertEquals(CallStatus.ANALYSED, awaitEnd(r.getId()).status());
    }

    @Test
    void cancelStopsTheWorkerAndKeepsTheRecording() throws Exception {
        jobs.addListener(e -> {
            if (e.status() == CallStatus.TRANSCRIBING) {
                jobs.cancel(e.recordingId());
            }
        });
        CallRecording r = jobs.attach(callActivity(), call);
        CallJobs.JobEvent end = awaitEnd(r.getId());
        assertEquals(CallStatus.CANCELLED, end.status());
        assertTrue(Files.exists(jobs.audioOf(store.repository(CallRecording.class).find(r.getId()).orElseThrow())));
        awaitWorkersExited();
        assertEquals(0, workers().count(), "no worker left running");
        assertNoPlainCopyLeft();
    }

    @Test
    void nonAudioFilesAreRefusedOrFailWithTheirReason() throws Exception {
        UUID activity = callActivity();
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not audio");
        TranscriptionException refused = assertThrows(TranscriptionException.class, () -> jobs.attach(activity, notes));
        assertTrue(refused.getMessage().startsWith("notes.txt: '.txt' is not an audio format"), refused.getMessage());
        assertEquals(0, store.repository(CallRecording.class).count());

        Path fake = Files.writeString(dir.resolve("voicemail.mp3"), "this is text, not an MP3\n".repeat(20));
        CallRecording r = jobs.attach(activity, fake);
        CallJobs.JobEvent end = awaitEnd(r.getId());
        assertEquals(CallStatus.FAILED, end.status());
        assertTrue(end.detail().startsWith("voicemail.mp3 is not an audio file this app can read"), end.detail());
        assertNoPlainCopyLeft();
    }

    @Test
    void aPlainRecordingFromAnOlderVersionIsEncryptedOnOpenAndStillTranscribed() throws Exception {
        byte[] original = Files.readAllBytes(call);
        jobs.close();
        jobs = jobs(new WorkerTranscriber());
        UUID activity = callActivity();
        CallRecording r = new CallRecording(Ids.newId());
        r.setActivityId(activity);
        r.setDealId(deal.getId());
        r.setFileName("old-call.wav");
        r.setStatus(CallStatus.QUEUED.name());
        store.repository(CallRecording.class).save(r);
        Path old = jobs.audioOf(r);
        Files.createDirectories(old.getParent());
        Files.copy(call, old);
        Files.createDirectories(store.folder().resolve("recordings/playback"));
        Files.write(store.folder().resolve("recordings/playback/old-call.playback.wav"), original);

        assertEquals(1, jobs.vault().encryptPlainRecordings());
        assertEncryptedAtRest(old, original);
        assertFalse(Files.exists(store.folder().resolve("recordings/playback")), "the old plain playback cache is gone");
        assertEquals(0, jobs.vault().encryptPlainRecordings(), "already encrypted");
        assertEquals(1, jobs.resume());
        assertEquals(CallStatus.ANALYSED, awaitEnd(r.getId()).status());
        assertNoPlainCopyLeft();
    }

    /** The stored file holds none of the audio: no WAV header, no run of the original's bytes. */
    private static void assertEncryptedAtRest(Path stored, byte[] original) throws Exception {
        byte[] bytes = Files.readAllBytes(stored);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("RIFF") || text.contains("WAVE"), "a WAV header at rest");
        assertTrue(bytes.length > original.length, "the whole call is stored");
        byte[] sample = java.util.Arrays.copyOfRange(original, original.length / 2, original.length / 2 + 32);
        assertFalse(text.contains(new String(sample, java.nio.charset.StandardCharsets.ISO_8859_1)),
                "32 bytes of the audio found in the stored file");
    }

    private void assertNoPlainCopyLeft() throws Exception {
        Path plain = store.folder().resolve("recordings/.plain");
        if (Files.exists(plain)) {
            try (var left = Files.walk(plain)) {
                assertEquals(List.of(plain), left.toList(), "a decrypted copy was left behind");
            }
        }
    }

    @Test
    void aJobInterruptedByAQuitIsResumedOnTheNextStart() throws Exception {
        CallJobs quitting = jobs;
        java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
        quitting.addListener(e -> {
            if (e.status() == CallStatus.TRANSCRIBING && e.total() > 0 && closed.getCount() == 1) {
                new Thread(() -> {
                    quitting.close(); // the app quits mid-job
                    closed.countDown();
                }).start();
            }
        });
        CallRecording r = jobs.attach(callActivity(), call);
        assertTrue(closed.await(60, TimeUnit.SECONDS));
        assertEquals(CallStatus.TRANSCRIBING.name(), store.repository(CallRecording.class).find(r.getId()).orElseThrow().getStatus(),
                "left unfinished, not cancelled");
        awaitWorkersExited();
        assertEquals(0, workers().count(), "the worker stopped with the app");
        events.clear();

        // A colleague's queued call, pulled by sync: its audio is on their computer, not this one.
        CallRecording theirs = new CallRecording(Ids.newId());
        theirs.setActivityId(callActivity());
        theirs.setFileName("their-call.wav");
        theirs.setStatus(CallStatus.QUEUED.name());
        store.repository(CallRecording.class).save(theirs);

        jobs = jobs(new WorkerTranscriber());
        assertEquals(1, jobs.resume(), "only the job whose audio is here");
        assertEquals(CallStatus.ANALYSED, awaitEnd(r.getId()).status());
    }
}
