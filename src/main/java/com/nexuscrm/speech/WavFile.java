package com.nexuscrm.speech;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes 16 kHz 16-bit PCM WAV files (for benchmarks and test recordings). */
public final class WavFile {
    private WavFile() { }

    /** Writes interleaved PCM with the given channel count. */
    public static void write(Path file, int channels, byte[] interleavedPcm) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
            int rate = PcmReader.SAMPLE_RATE;
            h.put("RIFF".getBytes()).putInt(36 + interleavedPcm.length).put("WAVE".getBytes())
                    .put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) channels)
                    .putInt(rate).putInt(rate * 2 * channels).putShort((short) (2 * channels)).putShort((short) 16)
                    .put("data".getBytes()).putInt(interleavedPcm.length);
            out.write(h.array());
            out.write(interleavedPcm);
        }
    }

    /** Two mono tracks of 16-bit samples as one interleaved stereo buffer; the shorter is padded with silence. */
    public static byte[] interleave(byte[] left, byte[] right) {
        int frames = Math.max(left.length, right.length) / 2;
        byte[] out = new byte[frames * 4];
        for (int i = 0; i < frames; i++) {
            if (2 * i + 1 < left.length) {
                out[4 * i] = left[2 * i];
                out[4 * i + 1] = left[2 * i + 1];
            }
            if (2 * i + 1 < right.length) {
                out[4 * i + 2] = right[2 * i];
                out[4 * i + 3] = right[2 * i + 1];
            }
        }
        return out;
    }
}
