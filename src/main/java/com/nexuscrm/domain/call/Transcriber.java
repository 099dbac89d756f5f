package com.nexuscrm.domain.call;

import com.nexuscrm.domain.Progress;
import java.nio.file.Path;

/** Speech to text for one recording. The app chooses the engine (Vosk in a worker process). */
public interface Transcriber {
    /**
     * Transcribes the recording, reporting seconds of audio decoded as progress.
     *
     * @throws TranscriptionException with a message for the user when the file or the engine fails
     * @throws Progress.CancelledException when the progress says it was cancelled
     */
    Transcript transcribe(Path audio, TranscriptionOptions options, Progress progress);
}
