package com.nexuscrm.ui.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.conversation.CallJobs.JobEvent;
import com.nexuscrm.domain.call.CallRow;
import com.nexuscrm.domain.call.CallStatus;
import com.nexuscrm.domain.call.Transcript;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import com.nexuscrm.ui.common.RecordingDialogs;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CallsViewModelTest {
    private final UUID me = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();
    private final FakeCallQueue queue = new FakeCallQueue();
    private final DirectTaskExecutor tasks = new DirectTaskExecutor();
    private final CallsViewModel model = new CallsViewModel(queue, me, tasks, new RecordingDialogs(),
            new CallDetailViewModel(queue, tasks));

    private CallRow row(String subject, UUID rep, CallStatus status) {
        return new CallRow(UUID.randomUUID(), UUID.randomUUID(), subject, Instant.parse("2025-03-03T10:00:00Z"), rep,
                rep == me ? "Me" : "Other", null, "Acme", "call.wav", 30, status, null, false);
    }

    @Test
    void jobEventsUpdateRowsInPlaceAndKeepTheSelection() {
        CallRow queued = row("Discovery", me, CallStatus.QUEUED);
        queue.rows.add(queued);
        queue.rows.add(row("Demo", other, CallStatus.ANALYSED));
        model.activate();
        CallItem item = model.visibleCalls().get(0);
        model.selectedProperty().set(item);

        queue.emit(new JobEvent(queued.recordingId(), CallStatus.TRANSCRIBING, 15, 30, null));
        assertSame(item, model.selectedProperty().get());
        assertSame(item, model.visibleCalls().get(0));
        assertEquals(CallStatus.TRANSCRIBING, item.status());
        assertEquals(0.5, item.progressProperty().get(), 1e-9);
        assertTrue(CallsViewModel.cancellable(item));

        queue.rows.set(0, new CallRow(queued.recordingId(), queued.activityId(), "Discovery", queued.callAt(), me, "Me",
                null, "Acme", "call.wav", 30, CallStatus.FAILED, "Decoding call.wav failed", false));
        queue.emit(new JobEvent(queued.recordingId(), CallStatus.FAILED, 0, 0, "Decoding call.wav failed"));
        assertSame(item, model.selectedProperty().get());
        assertEquals(CallStatus.FAILED, item.status());
        assertTrue(CallsViewModel.retryable(item));
        assertEquals("Decoding call.wav failed", model.detail().noticeProperty().get());
        model.deactivate();
        assertTrue(queue.listeners.isEmpty());
    }

    @Test
    void filtersBySearchStatusAndMyCalls() {
        queue.rows.addAll(List.of(row("Discovery", me, CallStatus.ANALYSED), row("Pricing demo", other, CallStatus.FAILED)));
        model.load();
        model.searchProperty().set("pricing");
        assertEquals(1, model.visibleCalls().size());
        model.searchProperty().set("");
        model.statusProperty().set(CallStatus.ANALYSED);
        assertEquals("Discovery", model.visibleCalls().get(0).row().subject());
        model.statusProperty().set(null);
        model.mineProperty().set(true);
        assertEquals(List.of("Discovery"), model.visibleCalls().stream().map(i -> i.row().subject()).toList());
        assertEquals("1 of 2 calls", model.summaryProperty().get());
        assertEquals(3, model.reps().size()); // any rep, me, other
    }

    @Test
    void actionsGoToTheQueueAndAttachDefaultsTheSubject() {
        CallRow failed = row("Demo", me, CallStatus.FAILED);
        queue.rows.add(failed);
        model.load();
        model.retry(model.visibleCalls().get(0));
        model.attach(List.of(java.nio.file.Path.of("a.wav")), " ", null);
        assertEquals(List.of("retry " + failed.recordingId(), "attach Call a.wav"), queue.actions);
    }

    @Test
    void searchStepsThroughMatchesAndJumpsThePlayer() {
        CallRow call = row("Discovery", me, CallStatus.ANALYSED);
        queue.rows.add(call);
        queue.transcripts.put(call.recordingId(), new Transcript(10, 1, "test",
                TranscriptIndexTest.words("the price is high the price is fine", 2.0)));
        model.load();
        model.selectedProperty().set(model.visibleCalls().get(0));
        CallDetailViewModel detail = model.detail();
        assertEquals(8, detail.index().words().size());

        detail.searchProperty().set("price");
        assertEquals("1 of 2", detail.matchSummaryProperty().get());
        assertEquals(2.5, detail.positionProperty().get(), 1e-9);
        assertEquals(1, detail.currentWordProperty().get());
        detail.nextMatch();
        assertEquals(4.5, detail.positionProperty().get(), 1e-9);
        detail.nextMatch();
        assertEquals("1 of 2", detail.matchSummaryProperty().get());
        detail.previousMatch();
        assertEquals("2 of 2", detail.matchSummaryProperty().get());

        detail.jumpTo(3.0);
        assertEquals(3.0, detail.seekRequestProperty().get().seconds(), 1e-9);
        assertEquals(2, detail.currentWordProperty().get());
    }

    @Test
    void aTranscriptIsReadThenAttachedWithTheRepThePersonChoseAndTheChoiceIsRememberedByName() throws Exception {
        RecordingDialogs dialogs = new RecordingDialogs();
        CallsViewModel calls = new CallsViewModel(queue, me, tasks, dialogs, new CallDetailViewModel(queue, tasks));
        java.nio.file.Path file = com.nexuscrm.testing.TranscriptSamples.path("zoom-discovery.vtt");

        calls.readTranscript(file);
        TranscriptChoice first = calls.pendingTranscriptProperty().get();
        assertEquals("Dana Whitfield", first.suggestedRep());
        assertEquals("talked most", first.reason());
        assertEquals("Call with Marcus Lee, Priya Raman", first.subjectFor("Dana Whitfield"));
        calls.attachTranscript("", null, "Marcus Lee");
        assertEquals(null, calls.pendingTranscriptProperty().get());
        assertEquals(List.of("attach transcript Call with Dana Whitfield, Priya Raman zoom-discovery.vtt rep Marcus Lee"), queue.actions);

        calls.readTranscript(file);
        assertEquals("Marcus Lee", calls.pendingTranscriptProperty().get().suggestedRep());
        assertEquals("remembered as the rep", calls.pendingTranscriptProperty().get().reason());
        calls.discardTranscript();
        assertEquals(1, queue.actions.size(), "closing the question attaches nothing");

        java.nio.file.Path bad = java.nio.file.Files.createTempFile("bad", ".vtt");
        java.nio.file.Files.writeString(bad, "WEBVTT\n\n00:00:01.000 --> 00:0x:02.000\nAnna: hi\n");
        calls.readTranscript(bad);
        java.nio.file.Files.delete(bad);
        assertEquals(null, calls.pendingTranscriptProperty().get());
        assertEquals(List.of("Cannot read the transcript: " + bad.getFileName() + ", line 3: '00:0x:02.000' is not a time."
                + " Cue times look like 00:01:02.500; fix the line or export the transcript again."), dialogs.errors);
    }
}
