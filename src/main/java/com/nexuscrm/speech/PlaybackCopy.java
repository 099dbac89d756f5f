package com.nexuscrm.speech;

import com.nexuscrm.domain.call.TranscriptionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A file JavaFX Media can play for a recording. JavaFX plays WAV, MP3 and AAC/M4A only, so OGG/Opus, FLAC and
 * headerless PCM get a 16-bit WAV copy made by the bundled ffmpeg, kept in a cache folder and reused while it
 * is newer than the recording. Slow for long calls: never call it on the FX thread.
 */
public final class PlaybackCopy {
    /** Formats JavaFX Media plays as they are. */
    public static final Set<String> PLAYABLE = Set.of("wav", "mp3", "m4a", "aac");
    private static final long TIMEOUT_MINUTES = 10;

    private PlaybackCopy() { }

    /** The recording itself when JavaFX plays it, else its WAV copy in {@code cacheDir} (made when missing or stale). */
    public static Path wavFor(Path audio, Path cacheDir) {
        String name = audio.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (PLAYABLE.contains(ext)) {
            return audio;
        }
        Path copy = cacheDir.resolve((dot < 0 ? name : name.substring(0, dot)) + ".playback.wav");
        try {
            if (Files.exists(copy) && Files.getLastModifiedTime(copy).compareTo(Files.getLastModifiedTime(audio)) >= 0) {
                return copy;
            }
            Files.createDirectories(cacheDir);
            Path partial = cacheDir.resolve(copy.getFileName() + ".partial.wav");
            convert(audio, partial);
            return Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new TranscriptionException("Could not prepare " + name + " for playback: " + e.getMessage(), e);
        }
    }

    private static void convert(Path audio, Path out) throws IOException {
        List<String> command = new ArrayList<>(List.of(Ffmpeg.ffmpeg().toString(), "-nostdin", "-v", "error", "-y"));
        command.addAll(Ffmpeg.input(audio));
        command.addAll(List.of("-map", "0:a:0", "-acodec", "pcm_s16le", out.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes()).trim();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new TranscriptionException(audio.getFileName() + " cannot be played: FFmpeg could not decode it"
                        + (output.isEmpty() ? "." : " (" + output.lines().findFirst().orElse("") + ")."));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TranscriptionException("Preparing " + audio.getFileName() + " for playback was interrupted.", e);
        } finally {
            process.destroy();
        }
    }
}
