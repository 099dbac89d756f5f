package com.nexuscrm.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.call.RepChannel;
import com.nexuscrm.domain.call.Transcript;
import com.nexuscrm.domain.call.TranscriptionException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken input gives a message that names the file and says what to do; nothing is loaded whole. */
@Tag("slow")
class BadAudioTest {
    @TempDir
    Path dir;

    private Transcript transcribe(Path file) {
        return new SpeechPipeline(TestModels.english()).transcribe(file, RepChannel.LEFT, 2, Progress.NONE);
    }

    @Test
    void emptyFile() throws Exception {
        Path empty = Files.createFile(dir.resolve("call.wav"));
        TranscriptionException e = assertThrows(TranscriptionException.class, () -> transcribe(empty));
        assertEquals("call.wav: the file is empty (0 bytes). Attach the complete recording.", e.getMessage());
    }

    @Test
    void textFileRenamedMp3() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.mp3"), "Meeting notes: call Dana back on Friday.\n".repeat(50));
        TranscriptionException e = assertThrows(TranscriptionException.class, () -> transcribe(text));
        assertEquals("notes.mp3 is not an audio file this app can read (it is in another format, or damaged beyond"
                + " reading). Check that it is the call's recording and not another file renamed; supported: WAV, MP3,"
                + " M4A/AAC, OGG/Opus, FLAC.", e.getMessage());
    }

    @Test
    void damagedMp3IsDescribedInWordsNotInFfmpegsOwn() throws Exception {
        SpokenCall call = new SpokenCall(dir).rep("Thanks for joining. Let us look at the proposal together.")
                .customer("Sure. The timeline matters most to us.").rep("Then I will send the contract on Monday.");
        Path mp3 = SpokenCall.convert(call.stereoWav("call.wav"), dir.resolve("call.mp3"), "-b:a", "64k");
        byte[] bytes = Files.readAllBytes(mp3);
        java.util.Random noise = new java.util.Random(7);
        for (int at = bytes.length / 4; at < bytes.length * 3 / 4; at += 997) { // scattered garbage through the frames
            for (int i = 0; i < 64 && at + i < bytes.length; i++) {
                bytes[at + i] = (byte) noise.nextInt(256);
            }
        }
        Transcript t = transcribe(Files.write(dir.resolve("damaged.mp3"), bytes));
        String warnings = String.join("\n", t.warnings());
        assertTrue(warnings.startsWith("damaged.mp3 is damaged in places: parts of the audio could not be decoded, so"
                + " those moments may be missing"), warnings);
        assertTrue(!warnings.contains("@ 0x") && !warnings.contains("["), "no FFmpeg internals: " + warnings);
    }

    @Test
    void stereoCallWithASilentRepChannelSaysSoAndStillAnalyses() throws Exception {
        SpokenCall call = new SpokenCall(dir).customer("Sure. The timeline matters most to us.")
                .customer("We also need a discount before we sign.");
        Transcript t = transcribe(call.stereoWav("silent-rep.wav"));
        assertEquals(List.of("silent-rep.wav: nothing was heard on the rep's channel (left), so the rep's figures cannot"
                + " be computed. If the rep is on the other channel, change \"Rep channel\" in Settings → Calls"
                + " (nexus transcribe --rep-channel) and transcribe it again."), t.warnings());
        // Rule-based sentiment: Vosk is in this JVM, and ND4J's OpenBLAS must not meet it (pom: vosk-in-process).
        var analysis = new com.nexuscrm.conversation.CallAnalyzer(new com.nexuscrm.conversation.RuleBasedSentiment(
                com.nexuscrm.conversation.SentimentLexicon.standard())).analyze(t,
                com.nexuscrm.conversation.AnalysisSettings.defaults());
        var points = new com.nexuscrm.conversation.CoachingPoints(com.nexuscrm.conversation.ResearchRanges.defaults(), null)
                .forCall(analysis); // was a NullPointerException without a message: "error: null"
        assertTrue(points.stream().noneMatch(p -> p.toString().contains("talk ratio")), points.toString());
    }

    @Test
    void truncatedMp3IsTranscribedAsFarAsItGoesWithAWarning() throws Exception {
        SpokenCall call = new SpokenCall(dir).rep("Thanks for joining. Let us look at the proposal together.")
                .customer("Sure. The timeline matters most to us.").rep("Then I will send the contract on Monday.");
        Path mp3 = SpokenCall.convert(call.stereoWav("call.wav"), dir.resolve("call.mp3"), "-b:a", "64k");
        byte[] whole = Files.readAllBytes(mp3);
        Path truncated = Files.write(dir.resolve("cut.mp3"), Arrays.copyOf(whole, whole.length / 2));
        Transcript t = transcribe(truncated);
        assertEquals(1, t.warnings().size(), t.warnings().toString());
        assertTrue(t.warnings().get(0).startsWith("cut.mp3 ends early:"), t.warnings().get(0));
        assertTrue(t.words().stream().anyMatch(w -> w.text().equals("proposal")), t.text());
        assertTrue(t.words().stream().noneMatch(w -> w.text().equals("monday")), t.text());
    }

    @Test
    void missingModelFolder() {
        TranscriptionException e = assertThrows(TranscriptionException.class,
                () -> VoskModel.load(dir.resolve("no-such-model")));
        assertTrue(e.getMessage().contains("no-such-model is missing"), e.getMessage());
        assertTrue(e.getMessage().contains("Settings → Calls"), e.getMessage());
        TranscriptionException notModel = assertThrows(TranscriptionException.class, () -> VoskModel.load(dir));
        assertTrue(notModel.getMessage().contains("is not a Vosk model folder"), notModel.getMessage());
    }

    /**
     * A three-hour recording streams through the decoder and the segmenter; at no time is more than one
     * segment per channel held (a whole 3 h stereo file would be 690 MB of PCM).
     */
    @Test
    void threeHourRecordingIsStreamed() throws Exception {
        // Thirty seconds of MP3, its frames repeated to three hours (MP3 frames stand alone).
        Path piece = dir.resolve("piece.mp3");
        Process p = new ProcessBuilder(Ffmpeg.ffmpeg().toString(), "-nostdin", "-v", "error", "-f", "lavfi", "-i",
                "anoisesrc=d=30:c=pink:r=16000:a=0.02,pan=stereo|c0=c0|c1=c0", "-c:a", "libmp3lame", "-b:a", "16k",
                piece.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor());
        Path longCall = dir.resolve("three-hours.mp3");
        byte[] frames = Files.readAllBytes(piece);
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(longCall))) {
            for (int i = 0; i < 360; i++) {
                out.write(frames);
            }
        }
        AtomicLong samples = new AtomicLong();
        AtomicInteger largest = new AtomicInteger();
        AtomicInteger segments = new AtomicInteger();
        Runtime rt = Runtime.getRuntime();
        rt.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long peak = before;
        try (PcmReader reader = new PcmReader(longCall, 2)) {
            SilenceSegmenter left = new SilenceSegmenter(0, SpeechPipeline.MIN_SEGMENT_SECONDS, SpeechPipeline.MAX_SEGMENT_SECONDS, s -> {
                samples.addAndGet(s.pcm().length / 2);
                largest.accumulateAndGet(s.pcm().length, Math::max);
                segments.incrementAndGet();
            });
            byte[] buf = new byte[64 * 1024];
            long blocks = 0;
            for (int n; (n = reader.read(buf)) > 0; ) {
                for (int i = 0; i + 3 < n; i += 4) {
                    left.accept(buf[i], buf[i + 1]);
                }
                if (++blocks % 2000 == 0) { // every ~8 minutes of audio: what is still held after a collection
                    rt.gc();
                    peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
                }
            }
            left.flush();
        }
        assertEquals(10800.0, samples.get() / 16000.0, 60.0); // each piece carries encoder padding
        assertTrue(largest.get() <= (SpeechPipeline.MAX_SEGMENT_SECONDS + 0.1) * 32000, "largest segment " + largest.get());
        assertTrue(segments.get() >= 10800 / SpeechPipeline.MAX_SEGMENT_SECONDS, "segments " + segments.get());
        assertTrue(peak - before < 32L * 1024 * 1024, "memory held grew by " + (peak - before) / 1024 / 1024 + " MB");
    }
}
