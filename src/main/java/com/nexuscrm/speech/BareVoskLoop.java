package com.nexuscrm.speech;

import com.nexuscrm.domain.call.Speaker;
import com.nexuscrm.domain.call.SpokenWord;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;

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

    /** Words of the PCM, decoded by a new recogniser in one pass, block by block from start to end. */
    public static List<SpokenWord> transcribe(VoskModel model, byte[] pcm) {
        try (VoskModel.Decoder decoder = model.decoder()) {
            return decoder.decode(pcm, pcm.length, 0, Speaker.UNKNOWN);
        }
    }
}
