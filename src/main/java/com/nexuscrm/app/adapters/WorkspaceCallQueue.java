package com.nexuscrm.app.adapters;

import com.nexuscrm.conversation.CallAnalysisJson;
import com.nexuscrm.conversation.CallJobs;
import com.nexuscrm.conversation.MeetingTranscript;
import com.nexuscrm.conversation.MeetingTranscriptReader;
import com.nexuscrm.conversation.RecordingVault;
import com.nexuscrm.conversation.CoachingPoint;
import com.nexuscrm.conversation.CoachingPoints;
import com.nexuscrm.conversation.ResearchRanges;
import com.nexuscrm.conversation.TeamBenchmark;
import com.nexuscrm.domain.CallRecording;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.call.CallAnalysis;
import java.time.Duration;
import java.time.Instant;
import com.nexuscrm.conversation.CallJobs.JobEvent;
import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.ui.calls.DealOption;
import com.nexuscrm.domain.RecordRepository;
import com.nexuscrm.domain.call.CallLog;
import com.nexuscrm.domain.call.CallRow;
import com.nexuscrm.domain.call.Transcript;
import com.nexuscrm.domain.call.TranscriptionException;
import com.nexuscrm.speech.PlaybackCopy;
import com.nexuscrm.ui.calls.CallQueue;
import com.nexuscrm.ui.calls.Choice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The calls screen's view of a workspace: the call log, the job queue, the deals, and a playable copy of the
 * recording on screen. Recordings are encrypted at rest, so the one being played is decrypted (and, if
 * JavaFX cannot play its format, converted) into a private temporary folder; it is deleted when another call
 * is shown and when the session closes.
 */
public final class WorkspaceCallQueue implements CallQueue, AutoCloseable {
    private final CallJobs jobs;
    private final CallLog log;
    private final RecordRepository<CallRecording> recordings;
    private final CallHistoryReports team;
    /** The team's top quartile over the last 90 days, computed once per session for coaching. */
    private volatile TeamBenchmark benchmark;
    private final RecordRepository<Deal> deals;
    private final RecordRepository<Account> accounts;
    private final UUID currentUser;
    private final Clock clock;
    private RecordingVault.PlainCopy playing;
    private final SpeakerRoleMemory speakerRoles;

    public WorkspaceCallQueue(CallJobs jobs, CallLog log, RecordRepository<CallRecording> recordings, RecordRepository<Deal> deals,
                       UUID currentUser, Clock clock) {
        this(jobs, log, recordings, deals, null, null, currentUser, clock);
    }

    /**
     * @param accounts     the deals' accounts, named beside deals that share a name (null: none named)
     * @param speakerRoles where meeting speakers' sides are remembered (null: not remembered)
     */
    public WorkspaceCallQueue(CallJobs jobs, CallLog log, RecordRepository<CallRecording> recordings, RecordRepository<Deal> deals,
                       RecordRepository<Account> accounts, SpeakerRoleMemory speakerRoles, UUID currentUser, Clock clock) {
        this.accounts = accounts;
        this.speakerRoles = speakerRoles;
        this.jobs = jobs;
        this.recordings = recordings;
        this.team = new CallHistoryReports(log, deals);
        this.log = log;
        this.deals = deals;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public List<CallRow> rows() { return log.rows(); }

    @Override
    public List<DealOption> deals() {
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        if (accounts != null) {
            accounts.findAll().forEach(a -> names.put(a.getId(), a.getName()));
        }
        return deals.findAll().stream().map(d -> new DealOption(d.getId(), d.getName(), names.get(d.getAccountId()),
                        d.getCloseDate(), d.getStage() != null && d.getStage().isClosed()))
                .sorted(Comparator.comparing((DealOption d) -> String.valueOf(d.name()), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(DealOption::closeDate, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    @Override
    public void attach(String subject, UUID dealId, Path audio) {
        jobs.attachNewCall(subject, currentUser, dealId, null, clock.instant(), audio);
    }

    @Override
    public MeetingTranscript readTranscript(Path file) { return MeetingTranscriptReader.read(file); }

    @Override
    public Map<String, Boolean> speakerRoles(List<String> speakers) {
        return speakerRoles == null ? Map.of() : speakerRoles.roles(speakers);
    }

    @Override
    public UUID attachTranscript(String subject, UUID dealId, MeetingTranscript transcript, String rep) {
        CallRecording r = jobs.attachTranscript(subject, currentUser, dealId, null, clock.instant(), transcript, Set.of(rep));
        if (speakerRoles != null) {
            speakerRoles.remember(transcript.speakers().stream().map(MeetingTranscript.SpeakerShare::name).toList(), rep);
        }
        return r.getId();
    }

    @Override
    public void retry(UUID recordingId) { jobs.retry(recordingId); }

    @Override
    public void cancel(UUID recordingId) { jobs.cancel(recordingId); }

    @Override
    public void share(UUID recordingId, boolean share) { jobs.share(recordingId, share); }

    @Override
    public Optional<Transcript> transcript(UUID recordingId) {
        return jobs.transcriptJson(recordingId).map(CallAnalysisJson::readTranscript);
    }

    @Override
    public Optional<CallAnalysis> analysis(UUID recordingId) {
        return recordings.find(recordingId).map(CallRecording::getAnalysisJson).map(CallAnalysisJson::readAnalysis);
    }

    @Override
    public List<CoachingPoint> coaching(CallAnalysis analysis) {
        if (benchmark == null) {
            Instant now = clock.instant();
            benchmark = team.report(now.minus(Duration.ofDays(90)), now, Progress.NONE).benchmark();
        }
        return new CoachingPoints(ResearchRanges.defaults(), benchmark).forCall(analysis);
    }

    @Override
    public synchronized Optional<Path> playableAudio(CallRow row) {
        close(); // the previous call's copy: a player still reading it keeps its open file until it is released
        Path audio = jobs.audioOf(row.recordingId(), row.fileName());
        if (!Files.isRegularFile(audio)) {
            return Optional.empty();
        }
        try {
            playing = jobs.vault().plainCopy(audio);
            return Optional.of(PlaybackCopy.wavFor(playing.path(), playing.folder()));
        } catch (IOException e) {
            throw new TranscriptionException(e.getMessage(), e);
        }
    }

    /** Deletes the decrypted copy of the recording last played. */
    @Override
    public synchronized void close() {
        if (playing != null) {
            playing.close();
            playing = null;
        }
    }

    @Override
    public AutoCloseable subscribe(Consumer<JobEvent> listener) {
        jobs.addListener(listener);
        return () -> jobs.removeListener(listener);
    }
}
