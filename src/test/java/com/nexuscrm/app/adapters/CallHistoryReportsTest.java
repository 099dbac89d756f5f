package com.nexuscrm.app.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nexuscrm.conversation.AnalysisSettings;
import com.nexuscrm.conversation.CallAnalysisJson;
import com.nexuscrm.conversation.CallAnalyzer;
import com.nexuscrm.conversation.TeamReport;
import com.nexuscrm.domain.CallRecording;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.call.CallStatus;
import com.nexuscrm.domain.call.Speaker;
import com.nexuscrm.domain.call.SpokenWord;
import com.nexuscrm.domain.call.Transcript;
import com.nexuscrm.storage.StoredCalls;
import com.nexuscrm.storage.WorkspaceStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team report reads analysed calls from the store; one whose analysis is damaged is left out, not fatal. */
class CallHistoryReportsTest {
    @TempDir
    Path dir;

    @Test
    void aDamagedAnalysisIsLeftOut() {
        try (WorkspaceStore store = WorkspaceStore.create(dir.resolve("ws"), "reports-test-pass".toCharArray())) {
            UUID rep = Ids.newId();
            Transcript t = new Transcript(6, 2, "test", List.of(new SpokenWord(Speaker.REP, "what", 0, 0.3, 1),
                    new SpokenWord(Speaker.REP, "are", 0.3, 0.5, 1), new SpokenWord(Speaker.REP, "your", 0.5, 0.7, 1),
                    new SpokenWord(Speaker.REP, "goals", 0.7, 1.0, 1), new SpokenWord(Speaker.CUSTOMER, "growth", 2, 2.5, 1)));
            save(store, rep, CallAnalysisJson.write(new CallAnalyzer().analyze(t, AnalysisSettings.defaults())));
            save(store, rep, "{\"durationSeconds\": \"not a number\"");
            TeamReport report = new CallHistoryReports(new StoredCalls(store), store.repository(Deal.class))
                    .report(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"), Progress.NONE);
            assertEquals(1, report.reps().size());
            assertEquals(1, report.reps().get(0).calls());
        }
    }

    private static void save(WorkspaceStore store, UUID rep, String analysisJson) {
        CallRecording r = new CallRecording(Ids.newId());
        r.setActivityId(Ids.newId());
        r.setOwnerId(rep);
        r.setFileName("call.wav");
        r.setCallAt(Instant.parse("2026-11-20T10:00:00Z"));
        r.setStatus(CallStatus.ANALYSED.name());
        r.setAnalysisJson(analysisJson);
        store.repository(CallRecording.class).save(r);
    }
}
