package com.nexuscrm.conversation;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.CallRecording;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.RecordRepository;
import com.nexuscrm.domain.Threads;
import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.domain.call.CallLog;
import com.nexuscrm.domain.call.CallStatus;
import com.nexuscrm.domain.call.Transcriber;
import com.nexuscrm.domain.call.Transcript;
import com.nexuscrm.domain.call.TranscriptionException;
import com.nexuscrm.domain.call.TranscriptionOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The queue of call recordings: attach copies the audio into the workspace, encrypted ({@link RecordingVault}),
 * and queues a job; one job at a time is decrypted to a private temporary copy (deleted when the job ends,
 * also on failure and cancel) and transcribed (by the {@link Transcriber}, which uses every core) and analysed, and the call's deal is
 * updated ({@link CallJobRunner} runs each job). The state of each job is its recording's status in the store,
 * so jobs left unfinished by a quit or a crash are resumed by {@link #resume()}. A failed job keeps its recording
 * and says why.
 */
public final class CallJobs implements AutoCloseable {
    /** Audio formats accepted on attach (anything FFmpeg reads would do; these are the ones we test). */
    public static final Set<String> AUDIO_EXTENSIONS = Set.of("wav", "mp3", "m4a", "aac", "ogg", "opus", "flac", "raw");

    /** A job's state change or progress, delivered on the callback executor. */
    public record JobEvent(UUID recordingId, CallStatus status, long done, long total, String detail) { }

    private final RecordRepository<CallRecording> recordings;
    private final RecordRepository<Activity> activities;
    private final RecordRepository<Deal> deals;
    private final CallLog log;
    private final RecordingVault vault;
    private final Clock clock;
    private final Executor callbacks;
    private final List<Consumer<JobEvent>> listeners = new CopyOnWriteArrayList<>();
    private final CallJobRunner runner;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Threads.daemon("nexus-call-jobs"));

    public CallJobs(RecordRepository<CallRecording> recordings, RecordRepository<Activity> activities,
                    RecordRepository<Deal> deals, CallLog log, Transcriber transcriber,
                    Supplier<TranscriptionOptions> options, CallAnalyzer analyzer, Supplier<AnalysisSettings> analysisSettings,
                    RecordingVault vault, Clock clock, Executor callbacks) {
        this.recordings = recordings;
        this.activities = activities;
        this.deals = deals;
        this.log = log;
        this.vault = vault;
        this.clock = clock;
        this.callbacks = callbacks;
        this.runner = new CallJobRunner(recordings, deals, log, transcriber, options, analyzer, analysisSettings, vault, clock,
                this::emit);
    }

    public void addListener(Consumer<JobEvent> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<JobEvent> listener) {
        listeners.remove(listener);
    }

    /**
     * Attaches a recording to a call activity: the file is copied into the workspace, encrypted (the original
     * is never touched), and a job is queued. A file with an unknown extension is refused before anything is stored.
     */
    public CallRecording attach(UUID activityId, Path audio) {
        Activity call = activities.find(activityId).orElseThrow(() -> new IllegalArgumentException("No activity " + activityId));
        String name = audio.getFileName().toString();
        String ext = extension(name);
        if (!AUDIO_EXTENSIONS.contains(ext)) {
            throw new TranscriptionException(name + ": '" + (ext.isEmpty() ? "no extension" : "." + ext)
                    + "' is not an audio format the workstation reads. Attach WAV, MP3, M4A/AAC, OGG/Opus or FLAC.");
        }
        UUID id = Ids.newId();
        Path copy = audioOf(id, name);
        String sha;
        try {
            sha = vault.store(audio, copy);
        } catch (IOException e) {
            throw new TranscriptionException("Could not copy " + name + " into the workspace: " + e.getMessage(), e);
        }
        CallRecording r = new CallRecording(id);
        r.setActivityId(call.getId());
        r.setDealId(call.getDealId());
        r.setOwnerId(call.getOwnerId());
        r.setTeamId(call.getTeamId());
        r.setCallAt(call.getOccurredAt() != null ? call.getOccurredAt() : clock.instant());
        r.setFileName(name);
        r.setSha256(sha);
        r.setStatus(CallStatus.QUEUED.name());
        CallRecording saved = recordings.save(r);
        enqueue(saved.getId());
        return saved;
    }

    /** Logs a new call activity (on a deal and/or lead) and attaches its recording. */
    public CallRecording attachNewCall(String subject, UUID ownerId, UUID dealId, UUID leadId, Instant at, Path audio) {
        return attach(logCall(subject, ownerId, dealId, leadId, at).getId(), audio);
    }

    /**
     * Logs a new call from a meeting tool's transcript, with {@code reps} (speaker names) on the rep side and the
     * other speakers on the customer side, and analyses it at once: there is no audio to transcribe, so it is
     * never queued. The transcript is checked and analysed before anything is stored.
     *
     * @throws TranscriptionException when a rep is not a speaker of the transcript, or nobody is left as the customer
     */
    public CallRecording attachTranscript(String subject, UUID ownerId, UUID dealId, UUID leadId, Instant at,
                                          MeetingTranscript meeting, Set<String> reps) {
        Transcript transcript = meeting.toTranscript(reps);
        CallAnalysis analysis = runner.analyse(transcript, at);
        Activity call = logCall(subject, ownerId, dealId, leadId, at);
        CallRecording r = new CallRecording(Ids.newId());
        r.setActivityId(call.getId());
        r.setDealId(call.getDealId());
        r.setOwnerId(call.getOwnerId());
        r.setTeamId(call.getTeamId());
        r.setCallAt(at);
        r.setFileName(meeting.fileName());
        return runner.store(r, transcript, analysis);
    }

    private Activity logCall(String subject, UUID ownerId, UUID dealId, UUID leadId, Instant at) {
        Activity a = new Activity(Ids.newId());
        a.setType(ActivityType.CALL);
        a.setSubject(subject);
        a.setOwnerId(ownerId);
        a.setDealId(dealId);
        a.setLeadId(leadId);
        a.setOccurredAt(at);
        a.setDone(true);
        deals.find(dealId == null ? new UUID(0, 0) : dealId).ifPresent(d -> {
            a.setAccountId(d.getAccountId());
            a.setTeamId(d.getTeamId());
        });
        return activities.save(a);
    }

    /**
     * Queues again every job that a quit or crash left unfinished on this computer. Recordings whose audio
     * is not here (queued on a colleague's workstation and synced) are theirs to transcribe.
     */
    public int resume() {
        List<CallRecording> open = log.unfinished().stream().filter(r -> Files.isRegularFile(audioOf(r))).toList();
        open.forEach(r -> enqueue(r.getId()));
        return open.size();
    }

    /** Queues a failed or cancelled job again. */
    public void retry(UUID recordingId) {
        CallRecording r = recordings.find(recordingId).orElseThrow();
        r.setStatus(CallStatus.QUEUED.name());
        r.setStatusDetail(null);
        recordings.save(r);
        emit(new JobEvent(recordingId, CallStatus.QUEUED, 0, 0, null));
        enqueue(recordingId);
    }

    /** Cancels a queued or running job; the recording stays, marked cancelled. */
    public void cancel(UUID recordingId) {
        runner.cancel(recordingId);
    }

    /** Where the recordings are kept, encrypted; decrypts one for playback. */
    public RecordingVault vault() {
        return vault;
    }

    /** The workspace's encrypted copy of a recording: {@code recordings/ID/NAME}. */
    public Path audioOf(CallRecording r) {
        return audioOf(r.getId(), r.getFileName());
    }

    public Path audioOf(UUID recordingId, String fileName) {
        return audioPath(vault.folder(), recordingId, fileName);
    }

    /** Where a workspace keeps its recordings' audio. */
    public static Path recordingsFolder(Path workspaceFolder) {
        return workspaceFolder.resolve("recordings");
    }

    /** A recording's audio inside {@code audioFolder}: {@code ID/NAME}. */
    public static Path audioPath(Path audioFolder, UUID recordingId, String fileName) {
        return audioFolder.resolve(recordingId.toString()).resolve(fileName);
    }

    /** The call's transcript: this workstation's own, or the copy a colleague shared through sync. */
    public Optional<String> transcriptJson(UUID recordingId) {
        return log.transcriptJson(recordingId).or(() -> recordings.find(recordingId).map(CallRecording::getTranscriptJson));
    }

    /**
     * Shares the full transcript with the team (it is copied onto the synced recording) or takes it back
     * (the synced copy is cleared). The audio never syncs.
     */
    public void share(UUID recordingId, boolean share) {
        CallRecording r = recordings.find(recordingId).orElseThrow();
        r.setShared(share);
        r.setTranscriptJson(share ? log.transcriptJson(recordingId).orElse(null) : null);
        recordings.save(r);
    }

    private void enqueue(UUID id) {
        runner.queued(id);
        worker.execute(() -> runner.run(id));
    }

    private void emit(JobEvent e) {
        for (Consumer<JobEvent> l : listeners) {
            callbacks.execute(() -> l.accept(e));
        }
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Stops: the running job's worker is told to stop (and killed if it does not), and the job is left
     * unfinished in the store so that the next start resumes it.
     */
    @Override
    public void close() {
        runner.stopForQuit();
        // No interrupt: the running job sees the quit through its Progress (the worker process is stopped)
        // and returns; an interrupt during an H2 write would close the store's shared file channel for all.
        worker.shutdown();
        try {
            worker.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
