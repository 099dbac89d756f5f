package com.nexuscrm.speech;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.nexuscrm.domain.call.Speaker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Builds call recordings for tests: each scripted line is spoken by espeak-ng (the rep and the customer in
 * two different voices), placed on its side's channel at its scripted time, and the call is written as a
 * stereo (or mono) WAV. Other formats are made from it with the bundled FFmpeg.
 */
public final class SpokenCall {
    /** One scripted line and where it landed in the recording (seconds). */
    public record Line(Speaker speaker, String text, double start, double end) { }

    private static final double GAP = 0.7;
    private final List<Line> lines = new ArrayList<>();
    private final List<byte[]> audio = new ArrayList<>();
    private final Path dir;
    private double clock = 0.5;

    public SpokenCall(Path dir) {
        this.dir = dir;
        assumeTrue(espeakAvailable(), "espeak-ng is not installed (apt-get install espeak-ng): speech tests skipped");
    }

    public static boolean espeakAvailable() {
        try {
            Process p = new ProcessBuilder("espeak-ng", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    public SpokenCall rep(String text) {
        return say(Speaker.REP, text);
    }

    public SpokenCall customer(String text) {
        return say(Speaker.CUSTOMER, text);
    }

    /** Silence before the next line. */
    public SpokenCall pause(double seconds) {
        clock += seconds;
        return this;
    }

    private SpokenCall say(Speaker speaker, String text) {
        try {
            Path wav = dir.resolve("line-" + lines.size() + ".wav");
            String voice = speaker == Speaker.CUSTOMER ? "en-us+m3" : "en-us";
            Process p = new ProcessBuilder("espeak-ng", "-v", voice, "-s", "150", "-w", wav.toString(), text)
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("espeak-ng failed on: " + text);
            }
            byte[] pcm = BareVoskLoop.decodeMono(wav);
            double seconds = pcm.length / 32000.0;
            lines.add(new Line(speaker, text, clock, clock + seconds));
            audio.add(pcm);
            clock += seconds + GAP;
            return this;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The rep on the left channel, the customer on the right. */
    public Path stereoWav(String name) throws IOException {
        int bytes = (int) ((clock + 0.5) * 16000) * 2;
        byte[] left = new byte[bytes];
        byte[] right = new byte[bytes];
        for (int i = 0; i < lines.size(); i++) {
            byte[] target = lines.get(i).speaker() == Speaker.REP ? left : right;
            int at = (int) (lines.get(i).start() * 16000) * 2;
            System.arraycopy(audio.get(i), 0, target, at, Math.min(audio.get(i).length, bytes - at));
        }
        Path file = dir.resolve(name);
        WavFile.write(file, 2, WavFile.interleave(left, right));
        return file;
    }

    /** Both sides on one channel. */
    public Path monoWav(String name) throws IOException {
        int bytes = (int) ((clock + 0.5) * 16000) * 2;
        byte[] mono = new byte[bytes];
        for (int i = 0; i < lines.size(); i++) {
            int at = (int) (lines.get(i).start() * 16000) * 2;
            System.arraycopy(audio.get(i), 0, mono, at, Math.min(audio.get(i).length, bytes - at));
        }
        Path file = dir.resolve(name);
        WavFile.write(file, 1, mono);
        return file;
    }

    /** Re-encodes with the bundled FFmpeg, e.g. {@code convert(wav, "call.mp3", "-ar", "44100")}. */
    public static Path convert(Path from, Path to, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Ffmpeg.ffmpeg().toString(), "-nostdin", "-v", "error", "-y", "-i", from.toString()));
        command.addAll(List.of(options));
        command.add(to.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("ffmpeg failed: " + out);
        }
        return to;
    }
}
