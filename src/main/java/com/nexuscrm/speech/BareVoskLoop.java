package com.nexuscrm.speech;

import com.nexuscrm.domain.call.Speaker;
import com.nexuscrm.domain.call.SpokenWord;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vosk.Recognizer;

/**
 * The baseline that the pipeline is measured against: the whole channel's PCM in memory, one recogniser,
 * {@code acceptWaveForm} block by block from start to end, as in Vosk's own examples. For benchmarks and
 * the transcription evaluation only.
 */
public final class BareVoskLoop {
    private BareVoskLoop() { }

    /** A file decoded whole to 16 kHz mono PCM (the baseline's input; the pipeline streams instead). */
    public static byte[] decodeMono(Path file) {
        try (PcmReader reader = new PcmReader(file, 1)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = reader.read(buf)) > 0; ) {
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    /** Words of the PCM, decoded with a new recogniser in one pass. */
    public static List<SpokenWord> transcribe(VoskModel model, byte[] pcm) {
        try (Recognizer r = model.recognizer()) {
            List<SpokenWord> words = new ArrayList<>();
            byte[] block = new byte[VoskModel.BLOCK_BYTES];
            for (int at = 0; at < pcm.length; at += VoskModel.BLOCK_BYTES) {
                int n = Math.min(VoskModel.BLOCK_BYTES, pcm.length - at);
                System.arraycopy(pcm, at, block, 0, n);
                if (r.acceptWaveForm(block, n)) {
                    VoskModel.words(r.getResult(), 0, Speaker.UNKNOWN, words);
                }
            }
            VoskModel.words(r.getFinalResult(), 0, Speaker.UNKNOWN, words);
            return words;
        }
    }
}
