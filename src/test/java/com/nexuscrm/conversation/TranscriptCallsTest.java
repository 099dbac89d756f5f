package com.nexuscrm.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.CallRecording;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.domain.call.CallStatus;
import com.nexuscrm.domain.call.Speaker;
import com.nexuscrm.domain.call.Transcript;
import com.nexuscrm.domain.call.TranscriptionException;
import com.nexuscrm.domain.call.TranscriptionOptions;
import com.nexuscrm.storage.StoredCalls;
import com.nexuscrm.storage.WorkspaceStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A call attached from a meeting transcript: stored analysed at once, with no audio and no speech engine. */
class TranscriptCallsTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path dir;
    private WorkspaceStore store;
    private CallJobs jobs;
    private Deal deal;
    private final List<CallJobs.JobEvent> events = new ArrayList<>();

    @BeforeEach
    void open() {
        store = WorkspaceStore.create(dir.resolve("ws"), "transcript-calls-test".toCharArray());
        deal = new Deal(Ids.newId());
        deal.setName("Brightline");
        deal.setStage(DealStage.values()[1]);
        deal.setAmount(new BigDecimal("24000"));
        deal.setCurrency("USD");
        deal.setCloseDate(LocalDate.of(2027, 1, 31));
        deal.setCreatedAt(Instant.parse("2026-10-01T09:00:00Z"));
        store.repository(Deal.class).save(deal);
        jobs = new CallJobs(store.repository(CallRecording.class), store.repository(Activity.class),
                store.repository(Deal.class), new StoredCalls(store), (audio, options, progress) -> {
                    throw new AssertionError("a transcript is never sent to the speech engine");
                }, () -> TranscriptionOptions.of(dir), new CallAnalyzer(), AnalysisSettings::defaults,
                new RecordingVault(store.folder().resolve("recordings"), store.recordingsKey()), Clock.fixed(NOW, ZoneOffset.UTC),
                Runnable::run);
        jobs.addListener(events::add);
    }

    @AfterEach
    void close() {
        jobs.close();
        store.close();
    }

    @Test
    void aTranscriptBecomesAnAnalysedCallOnItsDealWithItsTranscriptKeptLocal() {
        MeetingTranscript meeting = MeetingTranscriptReader.read(MeetingTranscriptReaderTest.sample("teams-discovery.vtt"));
        CallRecording r = jobs.attachTranscript("Discovery", null, deal.getId(), null, NOW, meeting, Set.of("dana whitfield"));

        CallRecording stored = store.repository(CallRecording.class).find(r.getId()).orElseThrow();
        assertEquals(CallStatus.ANALYSED.name(), stored.getStatus());
        assertEquals("teams-discovery.vtt", stored.getFileName());
        assertEquals(70, stored.getDurationSeconds());
        assertEquals(NOW, stored.getAnalysedAt());
        assertNull(stored.getTranscriptJson(), "the transcript syncs only when shared");
        assertNull(stored.getStatusDetail());
        Transcript t = CallAnalysisJson.readTranscript(jobs.transcriptJson(r.getId()).orElseThrow());
        assertEquals(Speaker.REP, t.words().get(0).speaker());
        CallAnalysis a = CallAnalysisJson.readAnalysis(stored.getAnalysisJson());
        assertTrue(a.stereo() && a.interactivity() != null);
        Activity call = store.repository(Activity.class).find(stored.getActivityId()).orElseThrow();
        assertEquals("Discovery", call.getSubject());
        assertEquals(deal.getId(), call.getDealId());
        assertEquals(NOW, store.repository(Deal.class).find(deal.getId()).orElseThrow().getLastCallAt());
        assertEquals(List.of(CallStatus.ANALYSED), events.stream().map(CallJobs.JobEvent::status).toList());
        assertEquals(0, jobs.resume(), "nothing to resume: there is no audio");
    }

    @Test
    void aRepWhoIsNotASpeakerStoresNothing() {
        MeetingTranscript meeting = MeetingTranscriptReader.read(MeetingTranscriptReaderTest.sample("zoom-discovery.vtt"));
        TranscriptionException e = assertThrows(TranscriptionException.class, () -> jobs.attachTranscript("Discovery", null,
                deal.getId(), null, NOW, meeting, Set.of("Dana")));
        assertTrue(e.getMessage().startsWith("zoom-discovery.vtt has no speaker 'Dana'."));
        assertEquals(List.of(), store.repository(CallRecording.class).findAll());
        assertEquals(List.of(), store.repository(Activity.class).findAll());
        assertNull(store.repository(Deal.class).find(deal.getId()).orElseThrow().getLastCallAt());
        assertEquals(List.of(), events);
    }
}
