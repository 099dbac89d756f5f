package com.nexuscrm.speech;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.Loader;

/**
 * The LGPL {@code ffmpeg} and {@code ffprobe} executables shipped in {@code org.bytedeco:ffmpeg}, extracted
 * by JavaCPP into its cache folder on first use.
 */
final class Ffmpeg {
    private static Path ffmpeg;
    private static Path ffprobe;

    private Ffmpeg() { }

    static synchronized Path ffmpeg() {
        if (ffmpeg == null) {
            ffmpeg = Path.of(Loader.load(org.bytedeco.ffmpeg.ffmpeg.class));
        }
        return ffmpeg;
    }

    /**
     * The options that go before {@code -i FILE}: headerless {@code .raw}/{@code .pcm} files are read as
     * 16 kHz signed 16-bit mono (the usual speech-corpus layout); everything else is detected by FFmpeg.
     */
    static List<String> input(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        List<String> args = new ArrayList<>();
        if (name.endsWith(".raw") || name.endsWith(".pcm")) {
            args.addAll(List.of("-f", "s16le", "-ar", "16000", "-ac", "1"));
        }
        args.addAll(List.of("-i", file.toString()));
        return args;
    }

    static synchronized Path ffprobe() {
        if (ffprobe == null) {
            ffprobe = Path.of(Loader.load(org.bytedeco.ffmpeg.ffprobe.class));
        }
        return ffprobe;
    }
}
