package com.nexuscrm.speech;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexuscrm.domain.call.Speaker;
import com.nexuscrm.domain.call.SpokenWord;
import com.nexuscrm.domain.call.TranscriptionException;
import com.nexuscrm.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * A loaded Vosk model and the one way this code feeds it: 16 kHz PCM in blocks of {@link #BLOCK_BYTES},
 * words with timestamps and confidences out. Used only inside the worker process and the benchmarks, since a
 * native crash here ends the JVM.
 */
public final class VoskModel implements AutoCloseable {
    /** 0.25 s of 16 kHz 16-bit audio per {@code acceptWaveForm} call. */
    public static final int BLOCK_BYTES = 8000;
    private static final ObjectMapper JSON = Json.mapper();

    private final Model model;
    private final String name;

    private VoskModel(Model model, String name) {
        this.model = model;
        this.name = name;
    }

    /** Loads the model folder, checking first that it looks like a Vosk model so the error can say so. */
    public static VoskModel load(Path dir) {
        checkFolder(dir);
        LibVosk.setLogLevel(LogLevel.WARNINGS);
        LibVosk.vosk_set_log_level(-1);
        try {
            return new VoskModel(new Model(dir.toString()), dir.getFileName().toString());
        } catch (IOException e) {
            throw new TranscriptionException("Vosk could not load the model in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Throws the user's message when {@code dir} is missing or is not a Vosk model; loads nothing. */
    public static void checkFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new TranscriptionException("The speech model folder " + dir + " is missing. Rebuild with `mvn package`"
                    + " (it unpacks models/vosk-model-en-us) or choose a Vosk model folder in Settings → Calls.");
        }
        if (!Files.isDirectory(dir.resolve("am")) || !Files.isDirectory(dir.resolve("conf"))) {
            throw new TranscriptionException(dir + " is not a Vosk model folder (it has no am/ and conf/ folders)."
                    + " Choose the unpacked model folder in Settings → Calls.");
        }
    }

    public String name() {
        return name;
    }

    /** A recogniser, to be fed segment after segment by one thread. */
    public Decoder decoder() {
        return decoder(new NameSpotting(List.of()));
    }

    /** A recogniser that also listens for {@code names} in a second pass over each segment ({@link NameSpotting}). */
    Decoder decoder(NameSpotting names) {
        try {
            Recognizer r = new Recognizer(model, PcmReader.SAMPLE_RATE);
            r.setWords(true);
            Recognizer spotter = null;
            if (!names.isEmpty()) {
                spotter = new Recognizer(model, PcmReader.SAMPLE_RATE, names.grammar());
                spotter.setWords(true);
            }
            return new Decoder(r, spotter, names);
        } catch (IOException e) {
            throw new TranscriptionException("Vosk could not create a recogniser: " + e.getMessage(), e);
        }
    }

    /**
     * One recogniser fed segment after segment. Reusing it matters: a fresh recogniser per segment made the
     * pipeline 1.85 times slower than one recogniser over the whole channel (it starts without its speaker
     * adaptation each time). Vosk keeps counting time across the segments a recogniser has seen, even
     * after its final result, so the audio already fed is subtracted from word times before the segment's
     * offset is added.
     */
    public static final class Decoder implements AutoCloseable {
        private final Recognizer recognizer;
        private final Recognizer spotter;
        private final NameSpotting names;
        private double fedSeconds;

        private Decoder(Recognizer recognizer, Recognizer spotter, NameSpotting names) {
            this.recognizer = recognizer;
            this.spotter = spotter;
            this.names = names;
        }

        /** The words of {@code pcm} (16 kHz mono, block by block), their times offset by {@code offsetSeconds}. */
        public List<SpokenWord> decode(byte[] pcm, int length, double offsetSeconds, Speaker speaker) {
            double shift = offsetSeconds - fedSeconds;
            List<SpokenWord> words = decode(recognizer, pcm, length, shift, speaker);
            if (spotter != null) {
                words = names.merge(words, decode(spotter, pcm, length, shift, speaker));
            }
            fedSeconds += length / 2 / (double) PcmReader.SAMPLE_RATE;
            return words;
        }

        private static List<SpokenWord> decode(Recognizer recognizer, byte[] pcm, int length, double shift, Speaker speaker) {
            List<SpokenWord> words = new ArrayList<>();
            byte[] block = new byte[BLOCK_BYTES];
            for (int at = 0; at < length; at += BLOCK_BYTES) {
                int n = Math.min(BLOCK_BYTES, length - at);
                System.arraycopy(pcm, at, block, 0, n);
                if (recognizer.acceptWaveForm(block, n)) {
                    words(recognizer.getResult(), shift, speaker, words);
                }
            }
            words(recognizer.getFinalResult(), shift, speaker, words);
            return words;
        }

        @Override
        public void close() {
            recognizer.close();
            if (spotter != null) {
                spotter.close();
            }
        }
    }

    static void words(String resultJson, double offset, Speaker speaker, List<SpokenWord> into) {
        try {
            JsonNode result = JSON.readTree(resultJson).path("result");
            for (JsonNode w : result) {
                into.add(new SpokenWord(speaker, w.path("word").asText(), offset + w.path("start").asDouble(),
                        offset + w.path("end").asDouble(), w.path("conf").asDouble(1)));
            }
        } catch (IOException e) {
            throw new TranscriptionException("Vosk returned a result that is not JSON: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        model.close();
    }
}
