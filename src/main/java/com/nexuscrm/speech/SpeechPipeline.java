package com.nexuscrm.speech;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.Threads;
import com.nexuscrm.domain.call.RepChannel;
import com.nexuscrm.domain.call.Speaker;
import com.nexuscrm.domain.call.SpokenWord;
import com.nexuscrm.domain.call.Transcript;
import com.nexuscrm.domain.call.TranscriptionException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The transcription pipeline inside the worker process: FFmpeg streams 16 kHz PCM, each channel is cut at
 * pauses ({@link SilenceSegmenter}), and the segments are decoded by one recogniser per thread, their word
 * times offset back to the recording's clock. At most two segments per thread wait in memory, so the memory
 * used does not grow with the length of the call.
 */
public final class SpeechPipeline {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SpeechPipeline.class);
    /** Segments are closed at the first pause after this many seconds... */
    static final double MIN_SEGMENT_SECONDS = 20;
    /** ...and cut at the quietest moment if no pause comes by this many. */
    static final double MAX_SEGMENT_SECONDS = 45;
    private static final int READ_BYTES = 64 * 1024;

    private final VoskModel model;
    private final NameSpotting names;

    public SpeechPipeline(VoskModel model) {
        this(model, List.of());
    }

    /**
     * A pipeline that also listens for {@code spokenNames} (competitor names as people say them, "hub spot") in a
     * second pass over each segment, so a name the recogniser hears as other words is written as said
     * ({@link NameSpotting}).
     */
    public SpeechPipeline(VoskModel model, List<String> spokenNames) {
        this.model = model;
        this.names = new NameSpotting(spokenNames);
    }

    public Transcript transcribe(Path file, RepChannel repChannel, int threads, Progress progress) {
        AudioInfo info = AudioInfo.probe(file);
        int channels = info.channels() >= 2 ? 2 : 1;
        double total = Math.max(info.durationSeconds(), 0) * channels;
        progress.update(0, Math.round(total), "Transcribing " + file.getFileName());
        ConcurrentLinkedQueue<SpokenWord> words = new ConcurrentLinkedQueue<>();
        AtomicLong decodedSamples = new AtomicLong();
        List<ExecutorService> lanes = new ArrayList<>();
        List<VoskModel.Decoder> decoders = new ArrayList<>();
        int[] segmentsOf = new int[channels];
        Semaphore inFlight = new Semaphore(threads * 2);
        List<Future<?>> pending = new ArrayList<>();
        long samplesPerChannel = 0;
        String ffmpegErrors;
        try (PcmReader reader = new PcmReader(file, channels)) {
            for (int i = 0; i < threads; i++) {
                lanes.add(Executors.newSingleThreadExecutor(Threads.daemon("vosk-decoder")));
                decoders.add(model.decoder(names));
            }
            List<SilenceSegmenter> segmenters = new ArrayList<>();
            for (int c = 0; c < channels; c++) {
                Speaker speaker = channels == 1 ? Speaker.UNKNOWN : repChannel.speakerOf(c);
                int channel = c;
                segmenters.add(new SilenceSegmenter(c, MIN_SEGMENT_SECONDS, MAX_SEGMENT_SECONDS, segment -> {
                    acquire(inFlight, progress);
                    int lane = lane(channel, segmentsOf[channel]++, channels, threads);
                    pending.add(lanes.get(lane).submit(() -> {
                        try {
                            if (!progress.isCancelled()) {
                                words.addAll(decoders.get(lane).decode(segment.pcm(), segment.pcm().length,
                                        segment.startSeconds(), speaker));
                            }
                        } finally {
                            inFlight.release();
                        }
                        long done = decodedSamples.addAndGet(segment.pcm().length / 2);
                        progress.update(Math.round(done / (double) PcmReader.SAMPLE_RATE), Math.round(total),
                                "Transcribing " + file.getFileName());
                        return null;
                    }));
                }));
            }
            byte[] buf = new byte[READ_BYTES];
            int frame = 2 * channels;
            for (int n; (n = reader.read(buf)) > 0; ) {
                progress.checkCancelled();
                int whole = n / frame * frame;
                for (int i = 0; i < whole; i += frame) {
                    for (int c = 0; c < channels; c++) {
                        segmenters.get(c).accept(buf[i + 2 * c], buf[i + 2 * c + 1]);
                    }
                }
                samplesPerChannel += whole / frame;
            }
            segmenters.forEach(SilenceSegmenter::flush);
            for (Future<?> f : pending) {
                await(f);
            }
            progress.checkCancelled();
            ffmpegErrors = reader.finish();
        } finally {
            lanes.forEach(ExecutorService::shutdownNow);
            awaitStopped(lanes);
            decoders.forEach(VoskModel.Decoder::close);
        }
        Transcript transcript = result(file, info, channels, samplesPerChannel, ffmpegErrors, new ArrayList<>(words));
        return silentSide(transcript, file, repChannel);
    }

    /** A stereo call with words on one side only: most often the rep channel setting is the wrong way round. */
    private static Transcript silentSide(Transcript t, Path file, RepChannel repChannel) {
        if (t.channels() != 2 || t.words().isEmpty()) {
            return t;
        }
        for (Speaker side : List.of(Speaker.REP, Speaker.CUSTOMER)) {
            if (t.words().stream().noneMatch(w -> w.speaker() == side)) {
                String channel = (side == Speaker.REP) == (repChannel == RepChannel.LEFT) ? "left" : "right";
                List<String> warnings = new ArrayList<>(t.warnings());
                warnings.add(String.format("%s: nothing was heard on the %s channel (%s), so the %s's figures cannot be"
                        + " computed. If the rep is on the other channel, change \"Rep channel\" in Settings → Calls"
                        + " (nexus transcribe --rep-channel) and transcribe it again.", file.getFileName(),
                        side == Speaker.REP ? "rep's" : "customer's", channel, side == Speaker.REP ? "rep" : "customer"));
                return new Transcript(t.durationSeconds(), t.channels(), t.model(), t.words(), warnings);
            }
        }
        return t;
    }

    private Transcript result(Path file, AudioInfo info, int channels, long samplesPerChannel, String ffmpegErrors,
            List<SpokenWord> words) {
        String name = file.getFileName().toString();
        double decoded = samplesPerChannel / (double) PcmReader.SAMPLE_RATE;
        if (samplesPerChannel == 0) {
            LOG.info("FFmpeg decoded nothing from {}: {}", file, ffmpegErrors);
            throw new TranscriptionException(name + " holds no audio that can be decoded (it is empty or damaged"
                    + " throughout). Attach a complete recording.");
        }
        List<String> warnings = new ArrayList<>();
        if (info.durationSeconds() > 0 && decoded < info.durationSeconds() * 0.95 - 1) {
            warnings.add(String.format("%s ends early: %.0f s of audio could be decoded, but its header announces %.0f s."
                    + " The file looks truncated; the transcript covers the part that is there.", name, decoded, info.durationSeconds()));
        } else if (!ffmpegErrors.isBlank()) {
            LOG.info("FFmpeg reported while decoding {}: {}", file, ffmpegErrors);
            warnings.add(name + " is damaged in places: parts of the audio could not be decoded,"
                    + " so those moments may be missing from the transcript. If you have the original recording,"
                    + " attach that instead.");
        }
        return new Transcript(decoded, channels, model.name(), words, warnings);
    }

    /**
     * Which decoder takes a channel's k-th segment. Fixed, not "whichever thread is free": a recogniser
     * carries its speaker adaptation from segment to segment, so the result must not depend on timing.
     * With two threads and two channels each side keeps its own recogniser (its own speaker).
     */
    static int lane(int channel, int k, int channels, int threads) {
        return (channel + k * channels) % threads;
    }

    /** The decoders are closed only after their threads stopped using them. */
    private static void awaitStopped(List<ExecutorService> lanes) {
        for (ExecutorService lane : lanes) {
            try {
                lane.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void acquire(Semaphore inFlight, com.nexuscrm.domain.Progress progress) {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new com.nexuscrm.domain.Progress.CancelledException();
        }
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Progress.CancelledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new TranscriptionException("Decoding failed: " + cause, cause);
        }
    }
}
