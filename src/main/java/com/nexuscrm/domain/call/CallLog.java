package com.nexuscrm.domain.call;

import com.nexuscrm.domain.CallRecording;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The calls in the local store. The full transcript lives in a local-only table: it leaves the machine only
 * when the rep shares the call (then it is copied onto the synced recording).
 */
public interface CallLog {
    /** Every live recording with its activity, rep and deal, newest call first. */
    List<CallRow> rows();

    /** Recordings whose job did not finish (queued or interrupted while transcribing). */
    List<CallRecording> unfinished();

    /** Analysed recordings whose call time is in [from, to), for rep performance. */
    List<CallRecording> analysedBetween(java.time.Instant from, java.time.Instant to);

    Optional<String> transcriptJson(UUID recordingId);

    void saveTranscriptJson(UUID recordingId, String json);
}
