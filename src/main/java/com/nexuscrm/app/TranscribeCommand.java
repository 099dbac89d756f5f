package com.nexuscrm.app;

import com.nexuscrm.domain.call.RepChannel;
import com.nexuscrm.domain.call.SpokenWord;
import com.nexuscrm.domain.call.Transcript;
import com.nexuscrm.domain.call.TranscriptionException;
import com.nexuscrm.domain.call.TranscriptionOptions;
import com.nexuscrm.domain.call.Utterance;
import com.nexuscrm.speech.SpeechModels;
import com.nexuscrm.speech.TranscriptCodec;
import com.nexuscrm.speech.WorkerTranscriber;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nexus transcribe FILE... [--json]}: transcript and call analysis of audio files, offline. */
@Command(name = "transcribe", description = "Transcribes call recordings offline with Vosk and prints the transcript and its analysis.")
final class TranscribeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Audio files: WAV, MP3, M4A/AAC, OGG/Opus, FLAC") List<Path> files;
    @Option(names = "--json", description = "Print one JSON object per file: transcript and analysis") boolean json;
    @Option(names = "--model", description = "Vosk model folder (default: the built-in models/vosk-model-en-us)") Path model;
    @Option(names = "--rep-channel", defaultValue = "left", description = "Stereo channel that carries the rep: left or right (default ${DEFAULT-VALUE})") String repChannel;
    @Option(names = "--threads", description = "Recognisers run at once (default: one per core)") Integer threads;

    @Override
    public Integer call() {
        TranscriptionOptions options = new TranscriptionOptions(model == null ? SpeechModels.defaultModel() : model,
                RepChannel.valueOf(repChannel.toUpperCase()), threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        WorkerTranscriber transcriber = new WorkerTranscriber();
        int failed = 0;
        for (Path file : files) {
            try {
                Transcript t = transcriber.transcribe(file, options, new ConsoleProgress(System.err));
                if (json) {
                    System.out.println(TranscriptCodec.write(t));
                } else {
                    print(file, t);
                }
            } catch (TranscriptionException e) {
                System.err.println("error: " + e.getMessage());
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static void print(Path file, Transcript t) {
        System.out.printf("%s: %.1f s, %s, model %s, %d words%n", file.getFileName(), t.durationSeconds(),
                t.stereo() ? "stereo" : "mono", t.model(), t.words().size());
        t.warnings().forEach(w -> System.out.println("warning: " + w));
        for (Utterance u : t.utterances()) {
            System.out.printf("[%s] %-8s %s%n", clock(u.start()), u.speaker().label(), u.text());
        }
    }

    static String clock(double seconds) {
        long s = Math.round(Math.floor(seconds));
        return String.format("%02d:%02d", s / 60, s % 60);
    }
}
