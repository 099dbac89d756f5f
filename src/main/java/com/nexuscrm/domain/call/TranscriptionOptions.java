package com.nexuscrm.domain.call;

import java.nio.file.Path;

/**
 * How to transcribe: the Vosk model folder, which stereo channel is the rep, and how many recognisers run
 * at once (one per core by default).
 */
public record TranscriptionOptions(Path modelDir, RepChannel repChannel, int threads) {
    public TranscriptionOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    public static TranscriptionOptions of(Path modelDir) {
        return new TranscriptionOptions(modelDir, RepChannel.LEFT, Runtime.getRuntime().availableProcessors());
    }

    public TranscriptionOptions withThreads(int n) {
        return new TranscriptionOptions(modelDir, repChannel, n);
    }
}
