package com.nexuscrm.ui.calls;

import com.nexuscrm.conversation.CoachingPoint;
import com.nexuscrm.conversation.MeetingTranscript;
import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.conversation.CallJobs.JobEvent;
import com.nexuscrm.domain.call.CallRow;
import com.nexuscrm.domain.call.Transcript;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What the calls screen needs from the workspace's recordings and their job queue. {@code AppContext} adapts
 * the real queue; every method but {@link #subscribe} may block and is called off the FX thread.
 */
public interface CallQueue {
    /** Every call, newest first. */
    List<CallRow> rows();

    /** The deals a new call can be logged on, by name. */
    List<DealOption> deals();

    /** Logs a call by the current user on the deal (or none) and queues its recording. */
    void attach(String subject, UUID dealId, Path audio);

    /** Reads a meeting tool's transcript; a {@code TranscriptionException} says what is wrong with the file. */
    MeetingTranscript readTranscript(Path file);

    /** The side each of {@code speakers} was given last time (true: the rep), by name; unseen names are absent. */
    Map<String, Boolean> speakerRoles(List<String> speakers);

    /**
     * Logs a call by the current user on the deal (or none) from the transcript, {@code rep} on the rep side and
     * every other speaker on the customer side, analyses it, and remembers each speaker's side; returns its recording.
     */
    UUID attachTranscript(String subject, UUID dealId, MeetingTranscript transcript, String rep);

    void retry(UUID recordingId);

    void cancel(UUID recordingId);

    void share(UUID recordingId, boolean share);

    /** The call's local transcript; empty until it has been transcribed. */
    Optional<Transcript> transcript(UUID recordingId);

    /** The call's analysis summary; empty until it has been analysed. */
    Optional<CallAnalysis> analysis(UUID recordingId);

    /** Coaching points for the call, against research ranges and the team's top quartile. */
    List<CoachingPoint> coaching(CallAnalysis analysis);

    /**
     * A file the media player can play (a WAV copy for formats it cannot); empty when the recording is missing.
     * Not called for calls attached from a transcript: they have no audio.
     */
    Optional<Path> playableAudio(CallRow row);

    /** Job events on the FX thread until the returned handle is closed. */
    AutoCloseable subscribe(Consumer<JobEvent> listener);
}
