package com.nexuscrm.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.call.RepChannel;
import com.nexuscrm.domain.call.Speaker;
import com.nexuscrm.domain.call.SpokenWord;
import com.nexuscrm.domain.call.Transcript;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline on calls spoken by espeak-ng: sides, timestamps, formats, sample rates and long calls. */
class SpeechPipelineTest {
    @TempDir
    static Path dir;
    static SpokenCall call;
    static Path stereo;

    @BeforeAll
    static void speak() throws Exception {
        call = new SpokenCall(dir)
                .rep("Hello, thanks for taking the time today.")
                .customer("The price is too high for us.")
                .rep("I will send the proposal by Friday.")
                .customer("Please send me the contract next week.");
        stereo = call.stereoWav("call.wav");
    }

    private static Transcript transcribe(Path file, RepChannel rep, int threads) {
        return new SpeechPipeline(TestModels.english()).transcribe(file, rep, threads, Progress.NONE);
    }

    @Test
    void stereoCallPutsEachSideOnItsChannelWithTimestamps() {
        Transcript t = transcribe(stereo, RepChannel.LEFT, 2);
        assertEquals(2, t.channels());
        assertWordAt(t, "price", Speaker.CUSTOMER, call.lines().get(1));
        assertWordAt(t, "high", Speaker.CUSTOMER, call.lines().get(1));
        assertWordAt(t, "proposal", Speaker.REP, call.lines().get(2));
        assertWordAt(t, "friday", Speaker.REP, call.lines().get(2));
        assertWordAt(t, "contract", Speaker.CUSTOMER, call.lines().get(3));
        assertTrue(t.words().stream().allMatch(w -> w.confidence() > 0 && w.confidence() <= 1 && w.end() >= w.start()));
        assertTrue(t.warnings().isEmpty(), t.warnings().toString());
    }

    @Test
    void theRepChannelSettingSwapsTheSides() {
        Transcript t = transcribe(stereo, RepChannel.RIGHT, 1);
        assertWordAt(t, "price", Speaker.REP, call.lines().get(1));
        assertWordAt(t, "proposal", Speaker.CUSTOMER, call.lines().get(2));
    }

    @Test
    void monoRecordingIsOneUnknownSpeaker() throws Exception {
        Transcript t = transcribe(call.monoWav("mono.wav"), RepChannel.LEFT, 2);
        assertEquals(1, t.channels());
        assertTrue(t.words().stream().allMatch(w -> w.speaker() == Speaker.UNKNOWN));
        assertWordAt(t, "proposal", Speaker.UNKNOWN, call.lines().get(2));
    }

    @Test
    void everyFormatAndSampleRateGivesTheSameWords() throws Exception {
        String reference = words(transcribe(stereo, RepChannel.LEFT, 2));
        for (String[] f : List.of(new String[] {"call.mp3", "-ar", "44100", "-b:a", "128k"},
                new String[] {"call.m4a", "-ar", "48000", "-c:a", "aac", "-b:a", "128k"},
                new String[] {"call.ogg", "-ar", "48000", "-c:a", "libopus", "-b:a", "64k"},
                new String[] {"call.flac", "-ar", "22050"},
                new String[] {"call-8k.wav", "-ar", "8000"})) {
            Path file = SpokenCall.convert(stereo, dir.resolve(f[0]), java.util.Arrays.copyOfRange(f, 1, f.length));
            Transcript t = transcribe(file, RepChannel.LEFT, 2);
            assertEquals(2, t.channels(), f[0]);
            if (f[0].contains("8k")) { // telephone bandwidth: espeak's robotic voice loses many words there
                assertWordAt(t, "friday", Speaker.REP, call.lines().get(2));
                assertWordAt(t, "contract", Speaker.CUSTOMER, call.lines().get(3));
                continue;
            }
            List<String> expected = WordErrorRate.normalise(reference);
            double wer = WordErrorRate.errors(expected, WordErrorRate.normalise(words(t))) / (double) expected.size();
            assertTrue(wer <= 0.25, f[0] + ": " + words(t) + " vs " + reference);
            assertWordAt(t, "proposal", Speaker.REP, call.lines().get(2));
        }
    }

    @Test
    void longCallIsCutAtPausesAndKeepsTheRecordingsClock() throws Exception {
        SpokenCall longCall = new SpokenCall(dir.resolve("..").resolve(dir.getFileName() + "-long").normalize());
        java.nio.file.Files.createDirectories(dir.resolve("..").resolve(dir.getFileName() + "-long").normalize());
        for (int i = 0; i < 6; i++) {
            longCall.rep("We talked about the onboarding plan and the pricing for the second year.").pause(1.5)
                    .customer("That sounds reasonable, let us review the security questionnaire.").pause(1.5);
        }
        longCall.rep("Final question, when do we get the contract?");
        Path file = longCall.stereoWav("long.wav");
        Transcript split = transcribe(file, RepChannel.LEFT, 2);
        SpokenCall.Line last = longCall.lines().get(longCall.lines().size() - 1);
        assertTrue(last.start() > SpeechPipeline.MAX_SEGMENT_SECONDS, "the call must be longer than a segment: " + last.start());
        assertWordAt(split, "contract", Speaker.REP, last);
        List<SpokenWord> rep = split.words().stream().filter(w -> w.speaker() == Speaker.REP).toList();
        for (int i = 1; i < rep.size(); i++) {
            assertTrue(rep.get(i).start() >= rep.get(i - 1).start(), "words in time order");
        }
        // The same PCM through one recogniser, uncut: cutting at pauses loses nothing against the script.
        List<String> script = WordErrorRate.normalise(longCall.lines().stream().filter(l -> l.speaker() == Speaker.REP)
                .map(SpokenCall.Line::text).collect(Collectors.joining(" ")));
        List<String> bare = WordErrorRate.normalise(BareVoskLoop.transcribe(TestModels.english(),
                BareVoskLoop.decodeMono(SpokenCall.convert(file, dir.resolve("left.wav"), "-af", "pan=mono|c0=c0")))
                .stream().map(SpokenWord::text).collect(Collectors.joining(" ")));
        List<String> cut = WordErrorRate.normalise(rep.stream().map(SpokenWord::text).collect(Collectors.joining(" ")));
        assertTrue(WordErrorRate.errors(script, cut) <= WordErrorRate.errors(script, bare) + 2, "segmented: " + cut + "\nbare: " + bare);
    }

    private static String words(Transcript t) {
        return t.words().stream().map(SpokenWord::text).collect(Collectors.joining(" "));
    }

    /** The word was heard from that side, within the scripted line's time (±0.4 s). */
    static void assertWordAt(Transcript t, String word, Speaker speaker, SpokenCall.Line line) {
        List<SpokenWord> hits = t.words().stream().filter(w -> w.text().equals(word)).toList();
        assertTrue(hits.stream().anyMatch(w -> w.speaker() == speaker && w.start() >= line.start() - 0.4
                && w.end() <= line.end() + 0.4), "'" + word + "' by " + speaker + " in " + line + "; heard " + hits
                + " in: " + words(t));
    }
}
