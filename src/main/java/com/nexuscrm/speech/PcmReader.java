package com.nexuscrm.speech;

import com.nexuscrm.domain.call.TranscriptionException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Streams a recording as 16 kHz signed 16-bit little-endian PCM through the ffmpeg executable, one or two
 * channels interleaved. Nothing is held whole: the caller reads it block by block, so a three-hour call
 * costs no more memory than a one-minute one.
 */
final class PcmReader implements AutoCloseable {
    static final int SAMPLE_RATE = 16_000;

    private final Path file;
    private final Process process;
    private final InputStream in;
    private final CompletableFuture<String> stderr;
    final int channels;

    PcmReader(Path file, int channels) {
        this.file = file;
        this.channels = channels;
        try {
            List<String> command = new ArrayList<>(List.of(Ffmpeg.ffmpeg().toString(), "-nostdin", "-v", "error"));
            command.addAll(Ffmpeg.input(file));
            command.addAll(List.of("-map", "0:a:0", "-ac", String.valueOf(channels), "-ar", String.valueOf(SAMPLE_RATE),
                    "-f", "s16le", "-acodec", "pcm_s16le", "pipe:1"));
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new TranscriptionException("Could not start FFmpeg to decode " + file.getFileName() + ": " + e.getMessage(), e);
        }
        in = process.getInputStream();
        InputStream err = process.getErrorStream();
        stderr = CompletableFuture.supplyAsync(() -> {
            ByteArrayOutputStream kept = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            try {
                for (int n; (n = err.read(buf)) > 0; ) {
                    if (kept.size() < 16_384) {
                        kept.write(buf, 0, n);
                    }
                }
            } catch (IOException ignored) {
                // the process was stopped
            }
            return kept.toString();
        });
    }

    /** Fills {@code buf} as far as the stream allows; returns the bytes read, 0 at the end. */
    int read(byte[] buf) {
        int off = 0;
        try {
            while (off < buf.length) {
                int n = in.read(buf, off, buf.length - off);
                if (n < 0) {
                    break;
                }
                off += n;
            }
        } catch (IOException e) {
            throw new TranscriptionException("Decoding " + file.getFileName() + " failed: " + e.getMessage(), e);
        }
        return off;
    }

    /** Waits for ffmpeg to exit; its error output, if it reported any (a truncated or damaged stream). */
    String finish() {
        try {
            process.waitFor(30, TimeUnit.SECONDS);
            return stderr.get(5, TimeUnit.SECONDS).trim();
        } catch (Exception e) {
            return "";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
