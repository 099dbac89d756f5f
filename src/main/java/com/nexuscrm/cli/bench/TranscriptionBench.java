package com.nexuscrm.cli.bench;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.call.RepChannel;
import com.nexuscrm.speech.BareVoskLoop;
import com.nexuscrm.speech.SpeechModels;
import com.nexuscrm.speech.SpeechPipeline;
import com.nexuscrm.speech.VoskModel;
import com.nexuscrm.speech.WavFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The pipeline against the bare Vosk loop on the same speech. The speech is the evaluation clips joined with
 * short pauses. One channel: the pipeline with one thread (FFmpeg streaming a WAV file, pause segmenting)
 * vs one recogniser fed the same PCM from memory. A stereo call of {@code --minutes}: two threads vs one.
 */
@Command(name = "transcription", description = "Transcription pipeline vs the bare Vosk acceptWaveForm loop; a stereo call on all cores vs one.")
final class TranscriptionBench implements Callable<Integer> {
    @Option(names = "--manifest", defaultValue = "../shared/data/speech-wer/manifest.tsv",
            description = "Clip list whose audio makes the speech (default ${DEFAULT-VALUE})") Path manifest;
    @Option(names = "--minutes", defaultValue = "10", description = "Length of the stereo call (default ${DEFAULT-VALUE})") int minutes;
    @Option(names = "--model", description = "Vosk model folder (default: the built-in models/vosk-model-en-us)") Path model;

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("nexus-bench-speech");
        try (VoskModel vosk = VoskModel.load(model == null ? SpeechModels.defaultModel() : model)) {
            byte[] speech = speech();
            double speechSeconds = speech.length / 32000.0;
            Path mono = dir.resolve("one-channel.wav");
            WavFile.write(mono, 1, speech);
            SpeechPipeline pipeline = new SpeechPipeline(vosk);
            BareVoskLoop.transcribe(vosk, java.util.Arrays.copyOf(speech, 32000 * 5)); // warm-up
            long bare = Long.MAX_VALUE;
            long piped = Long.MAX_VALUE;
            for (int r = 0; r < 2; r++) {
                long t0 = System.nanoTime();
                BareVoskLoop.transcribe(vosk, speech);
                bare = Math.min(bare, System.nanoTime() - t0);
                long t1 = System.nanoTime();
                pipeline.transcribe(mono, RepChannel.LEFT, 1, Progress.NONE);
                piped = Math.min(piped, System.nanoTime() - t1);
            }
            System.out.printf("One channel, %.0f s of speech (best of 2):%n", speechSeconds);
            System.out.printf("  bare Vosk loop, PCM in memory, 1 recogniser  %7.1f s  (%.3f x real time)%n", bare / 1e9, bare / 1e9 / speechSeconds);
            System.out.printf("  pipeline from the WAV file, 1 thread         %7.1f s  ratio %.2f (target <= 1.1)%n", piped / 1e9, piped / (double) bare);

            int bytes = minutes * 60 * 32000;
            byte[] left = loop(speech, bytes, 0);
            byte[] right = loop(speech, bytes, speech.length / 2 / 2 * 2);
            Path stereo = dir.resolve("call.wav");
            WavFile.write(stereo, 2, WavFile.interleave(left, right));
            left = null;
            right = null;
            long one = time(pipeline, stereo, 1);
            int cores = Runtime.getRuntime().availableProcessors();
            long all = time(pipeline, stereo, cores);
            System.out.printf("Stereo call, %d min (two channels of speech):%n", minutes);
            System.out.printf("  pipeline, 1 thread                           %7.1f s%n", one / 1e9);
            System.out.printf("  pipeline, %d threads (all cores)              %7.1f s  ratio %.2f (target <= 0.6)%n", cores, all / 1e9, all / (double) one);
            return 0;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static long time(SpeechPipeline pipeline, Path file, int threads) {
        long t0 = System.nanoTime();
        pipeline.transcribe(file, RepChannel.LEFT, threads, Progress.NONE);
        return System.nanoTime() - t0;
    }

    /** The manifest's clips decoded and joined, with 0.6 s of silence after each. */
    private byte[] speech() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] pause = new byte[32000 * 6 / 10];
        for (String line : Files.readAllLines(manifest).subList(1, Files.readAllLines(manifest).size())) {
            if (!line.isBlank()) {
                out.write(BareVoskLoop.decodeMono(manifest.resolveSibling(line.split("\t")[0])));
                out.write(pause);
            }
        }
        return out.toByteArray();
    }

    /** {@code bytes} of the speech repeated, starting {@code from} bytes in. */
    private static byte[] loop(byte[] speech, int bytes, int from) {
        byte[] out = new byte[bytes];
        for (int at = 0; at < bytes; ) {
            int src = (from + at) % speech.length;
            int n = Math.min(bytes - at, speech.length - src);
            System.arraycopy(speech, src, out, at, n);
            at += n;
        }
        return out;
    }

}
