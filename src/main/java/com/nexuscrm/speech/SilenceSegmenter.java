package com.nexuscrm.speech;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Cuts one channel's PCM into segments at pauses, so that segments can be decoded by several recognisers at
 * once without splitting a word. A segment is closed at the first pause of at least {@link #PAUSE_FRAMES}
 * quiet frames once it is {@code minSeconds} long; if no pause comes by {@code maxSeconds}, it is cut at the
 * quietest frame of its last seconds. The memory held is one segment.
 */
final class SilenceSegmenter {
    /** A 30 ms analysis frame at 16 kHz, 16-bit. */
    static final int FRAME_BYTES = 480 * 2;
    /** 300 ms of quiet counts as a pause. */
    static final int PAUSE_FRAMES = 10;
    /** Below this RMS (about -36 dBFS) a frame is quiet. */
    static final double QUIET_RMS = 500;

    /** A piece of one channel: where it starts (in samples from the start of the recording) and its PCM. */
    record Segment(int channel, long startSample, byte[] pcm) {
        double startSeconds() {
            return startSample / (double) PcmReader.SAMPLE_RATE;
        }
    }

    private final int channel;
    private final int minBytes;
    private final int maxBytes;
    private final Consumer<Segment> out;
    private byte[] buf;
    private int len;
    private long start;
    private int quietRun;
    private final byte[] frame = new byte[FRAME_BYTES];
    private int frameLen;

    SilenceSegmenter(int channel, double minSeconds, double maxSeconds, Consumer<Segment> out) {
        this.channel = channel;
        this.minBytes = bytes(minSeconds);
        this.maxBytes = bytes(maxSeconds);
        this.out = out;
        this.buf = new byte[Math.min(maxBytes, 1 << 20)];
    }

    private static int bytes(double seconds) {
        return (int) (seconds * PcmReader.SAMPLE_RATE) * 2 / FRAME_BYTES * FRAME_BYTES;
    }

    /** Takes one 16-bit sample (as its two little-endian bytes). */
    void accept(byte lo, byte hi) {
        frame[frameLen++] = lo;
        frame[frameLen++] = hi;
        if (frameLen == FRAME_BYTES) {
            addFrame();
            frameLen = 0;
        }
    }

    private void addFrame() {
        if (len + FRAME_BYTES > buf.length) {
            buf = Arrays.copyOf(buf, Math.min(maxBytes + FRAME_BYTES, buf.length * 2));
        }
        System.arraycopy(frame, 0, buf, len, FRAME_BYTES);
        len += FRAME_BYTES;
        quietRun = rms(frame, 0) < QUIET_RMS ? quietRun + 1 : 0;
        if (len >= minBytes && quietRun >= PAUSE_FRAMES) {
            cut(len - quietRun / 2 * FRAME_BYTES);
        } else if (len >= maxBytes) {
            cut(quietestFrame());
        }
    }

    /** The end of the quietest frame in the last quarter of the buffer. */
    private int quietestFrame() {
        int best = len;
        double bestRms = Double.MAX_VALUE;
        for (int at = len - FRAME_BYTES; at >= len * 3 / 4; at -= FRAME_BYTES) {
            double r = rms(buf, at);
            if (r < bestRms) {
                bestRms = r;
                best = at + FRAME_BYTES;
            }
        }
        return best;
    }

    private void cut(int at) {
        out.accept(new Segment(channel, start, Arrays.copyOf(buf, at)));
        int rest = len - at;
        System.arraycopy(buf, at, buf, 0, rest);
        len = rest;
        start += at / 2;
        quietRun = 0;
    }

    /** Emits what is left; call once at the end of the stream. */
    void flush() {
        if (frameLen > 0) {
            System.arraycopy(frame, 0, buf.length >= len + frameLen ? buf : (buf = Arrays.copyOf(buf, len + frameLen)), len, frameLen);
            len += frameLen;
            frameLen = 0;
        }
        if (len > 0) {
            out.accept(new Segment(channel, start, Arrays.copyOf(buf, len)));
            start += len / 2;
            len = 0;
        }
    }

    private static double rms(byte[] pcm, int offset) {
        double sum = 0;
        for (int i = offset; i < offset + FRAME_BYTES; i += 2) {
            int s = (short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8));
            sum += (double) s * s;
        }
        return Math.sqrt(sum / (FRAME_BYTES / 2.0));
    }
}
