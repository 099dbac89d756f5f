package com.nexuscrm.speech;

import java.nio.file.Path;
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

    static synchronized Path ffprobe() {
        if (ffprobe == null) {
            ffprobe = Path.of(Loader.load(org.bytedeco.ffmpeg.ffprobe.class));
        }
        return ffprobe;
    }
}
