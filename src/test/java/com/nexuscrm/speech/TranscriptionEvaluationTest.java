package com.nexuscrm.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.call.TranscriptionException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word error rate: the metric itself, and the pipeline against the bare loop on ../shared/data/speech-wer. */
class TranscriptionEvaluationTest {
    static final Path MANIFEST = Path.of("../shared/data/speech-wer/manifest.tsv");

    @Test
    void wordErrorRateCountsSubstitutionsDeletionsAndInsertions() {
        List<String> ref = WordErrorRate.normalise("He hoped there would be stew, for dinner!");
        assertEquals(List.of("he", "hoped", "there", "would", "be", "stew", "for", "dinner"), ref);
        assertEquals(0, WordErrorRate.errors(ref, ref));
        assertEquals(3, WordErrorRate.errors(ref, WordErrorRate.normalise("he hope there would be stew for a dinner tonight")));
        assertEquals(8, WordErrorRate.errors(ref, List.of()));
    }

    @Test
    void malformedManifestNamesItsLine(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("manifest.tsv"), "path\tsample_rate\tduration_s\treference\treference_normalized\n"
                + "a.wav\t16000\t1.0\tHELLO\thello\nb.wav\t16000\n");
        TranscriptionException e = assertThrows(TranscriptionException.class,
                () -> TranscriptionEvaluation.run(TestModels.english(), bad, 1, Progress.NONE));
        assertTrue(e.getMessage().endsWith("line 3 has 2 tab-separated fields; it needs at least 5 (path ... reference_normalized)."), e.getMessage());
    }

    /** Per clip, the first 8 keep CI quick (`nexus eval transcription` does all 47); joined, all 47 (728 words). */
    @Test
    void pipelineIsNoWorseThanTheBareLoop() {
        assumeTrue(Files.exists(MANIFEST), "../shared/data/speech-wer is not here: evaluation skipped");
        TranscriptionEvaluation.Result r = TranscriptionEvaluation.run(TestModels.english(), MANIFEST, 8, 2, Progress.NONE);
        r.print(System.out);
        assertEquals(8, r.clips().size());
        assertEquals(728, r.joined().reference().size());
        assertTrue(r.pipelineWer() - r.bareWer() <= 0.5, r.pipelineWer() + " vs " + r.bareWer());
        TranscriptionEvaluation.Result joined = new TranscriptionEvaluation.Result(List.of(r.joined()), r.model(), null);
        assertTrue(joined.pipelineWer() - joined.bareWer() <= 0.5, joined.pipelineWer() + " vs " + joined.bareWer());
        assertTrue(r.bareWer() < 15, "the small English model's WER on clean read speech: " + r.bareWer());
    }
}
