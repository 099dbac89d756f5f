package com.nexuscrm.domain.call;

import java.nio.file.Path;
import java.util.List;

/**
 * How to transcribe: the Vosk model folder, which stereo channel is the rep, how many recognisers run
 * at once (one per core by default), and names said as several words ("hub spot") to listen for in a second pass.
 */
public record TranscriptionOptions(Path modelDir, RepChannel repChannel, int threads, List<String> spokenNames) {
    public TranscriptionOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        spokenNames = List.copyOf(spokenNames);
    }

    public TranscriptionOptions(Path modelDir, RepChannel repChannel, int threads) {
        this(modelDir, repChannel, threads, List.of());
    }

    public static TranscriptionOptions of(Path modelDir) {
        return new TranscriptionOptions(modelDir, RepChannel.LEFT, Runtime.getRuntime().availableProcessors());
    }

    public TranscriptionOptions withThreads(int n) {
        return new TranscriptionOptions(modelDir, repChannel, n, spokenNames);
    }

    /** These options listening for {@code names} as well. */
    public TranscriptionOptions withSpokenNames(List<String> names) {
        return new TranscriptionOptions(modelDir, repChannel, threads, names);
    }
}
