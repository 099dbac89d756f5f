package com.nexuscrm.conversation;

import com.nexuscrm.domain.CallRecording;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.RecordRepository;
import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.domain.call.CallLog;
import com.nexuscrm.domain.call.CallStatus;
import com.nexuscrm.domain.call.DealCallSummary;
import com.nexuscrm.domain.call.Transcriber;
import com.nexuscrm.domain.call.Transcript;
import com.nexuscrm.domain.call.TranscriptionException;
import com.nexuscrm.domain.call.TranscriptionOptions;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call job, start to end, on {@link CallJobs}' worker thread: the recording is decrypted to a private copy,
 * transcribed, analysed and stored, and the call's deal updated. The job's state is its recording's status;
 * every change is told to {@code events}. Also holds what stops a job: a cancel, or the app quitting.
 */
final class CallJobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(CallJobs.class);

    private final RecordRepository<CallRecording> recordings;
    private final RecordRepository<Deal> deals;
    private final CallLog log;
    private final Transcriber transcriber;
    private final Supplier<TranscriptionOptions> options;
    private final CallAnalyzer analyzer;
    private final Supplier<AnalysisSettings> analysisSettings;
    private final RecordingVault vault;
    private final Clock clock;
    private final Consumer<CallJobs.JobEvent> events;
    private final Map<UUID, Boolean> cancelled = new ConcurrentHashMap<>();
    private volatile boolean closing;

    CallJobRunner(RecordRepository<CallRecording> recordings, RecordRepository<Deal> deals, CallLog log,
                  Transcriber transcriber, Supplier<TranscriptionOptions> options, CallAnalyzer analyzer,
                  Supplier<AnalysisSettings> analysisSettings, RecordingVault vault, Clock clock,
                  Consumer<CallJobs.JobEvent> events) {
        this.recordings = recordings;
        this.deals = deals;
        this.log = log;
        this.transcriber = transcriber;
        this.options = options;
        this.analyzer = analyzer;
        this.analysisSettings = analysisSettings;
        this.vault = vault;
        this.clock = clock;
        this.events = events;
    }

    /** A job is (re)queued: an earlier cancel no longer applies. */
    void queued(UUID id) {
        cancelled.remove(id);
    }

    void cancel(UUID id) {
        cancelled.put(id, true);
    }

    /** The app quits: the running job stops and stays unfinished, to be resumed at the next start. */
    void stopForQuit() {
        closing = true;
    }

    void run(UUID id) {
        CallRecording r = recordings.find(id).orElse(null);
        if (r == null || !CallStatus.of(r.getStatus()).unfinished()) {
            return;
        }
        if (Boolean.TRUE.equals(cancelled.get(id))) {
            finish(r, CallStatus.CANCELLED, "Cancelled before it started.");
            return;
        }
        r.setStatus(CallStatus.TRANSCRIBING.name());
        r = recordings.save(r);
        events.accept(new CallJobs.JobEvent(id, CallStatus.TRANSCRIBING, 0, 0, null));
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                events.accept(new CallJobs.JobEvent(id, CallStatus.TRANSCRIBING, done, total, message));
            }

            @Override
            public boolean isCancelled() {
                return closing || Boolean.TRUE.equals(cancelled.get(id));
            }
        };
        try {
            Transcript t = transcribe(r, progress);
            CallAnalysis analysis = analyse(t, r.getCallAt());
            store(recordings.find(id).orElseThrow(), t, analysis);
        } catch (Progress.CancelledException e) {
            if (closing) {
                return; // the app is quitting: the job stays TRANSCRIBING and resumes at the next start
            }
            finish(recordings.find(id).orElse(r), CallStatus.CANCELLED, "Cancelled; the recording is kept. Retry to transcribe it.");
        } catch (TranscriptionException e) {
            finish(recordings.find(id).orElse(r), CallStatus.FAILED, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Call job {} failed", id, e);
            finish(recordings.find(id).orElse(r), CallStatus.FAILED, "Analysis failed: " + e + ". The recording is kept.");
        }
    }

    /** Analyses a transcript; due dates of next steps count from the day of the call, when it is known. */
    CallAnalysis analyse(Transcript t, Instant callAt) {
        return analyzer.analyze(t, analysisSettings.get(), callAt == null ? null : LocalDate.ofInstant(callAt, clock.getZone()));
    }

    /**
     * Stores an analysed call: its transcript (local only), its analysis on the recording, the deal's last call.
     * The recording is saved last, as analysed, so a call shows as analysed only once everything is stored.
     */
    CallRecording store(CallRecording r, Transcript t, CallAnalysis analysis) {
        String transcriptJson = CallAnalysisJson.write(t);
        log.saveTranscriptJson(r.getId(), transcriptJson);
        r.setDurationSeconds((int) Math.round(t.durationSeconds()));
        r.setAnalysisJson(CallAnalysisJson.write(analysis));
        r.setAnalysedAt(clock.instant());
        if (r.isShared()) {
            r.setTranscriptJson(transcriptJson);
        }
        updateDeal(r, DealCallSummary.of(analysis, r.getCallAt()));
        return finish(r, CallStatus.ANALYSED, t.warnings().isEmpty() ? null : String.join(" ", t.warnings()));
    }

    /** Transcribes a decrypted copy, deleted before this returns or throws (failure, cancel, quit). */
    private Transcript transcribe(CallRecording r, Progress progress) {
        try (RecordingVault.PlainCopy plain = vault.plainCopy(CallJobs.audioPath(vault.folder(), r.getId(), r.getFileName()))) {
            return transcriber.transcribe(plain.path(),
                    options.get().withSpokenNames(analysisSettings.get().spokenCompetitors()), progress);
        } catch (IOException e) {
            throw new TranscriptionException(e.getMessage(), e);
        }
    }

    /** The deal shows its latest analysed call; an older call analysed later does not replace it. */
    private void updateDeal(CallRecording r, DealCallSummary summary) {
        if (r.getDealId() != null) {
            deals.find(r.getDealId()).filter(d -> DealCallFields.apply(d, summary)).ifPresent(deals::save);
        }
    }

    private CallRecording finish(CallRecording r, CallStatus status, String detail) {
        r.setStatus(status.name());
        r.setStatusDetail(detail == null ? null : detail.length() <= 2000 ? detail : detail.substring(0, 1999) + "…");
        CallRecording saved = recordings.save(r);
        cancelled.remove(r.getId());
        events.accept(new CallJobs.JobEvent(r.getId(), status, 0, 0, detail));
        return saved;
    }
}
