package com.nexuscrm.speech;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.call.RepChannel;
import com.nexuscrm.domain.call.SpokenWord;
import com.nexuscrm.domain.call.TranscriptionException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Word error rate on a manifest of clips ({@code path, sample_rate, duration_s, reference,
 * reference_normalized, source}, tab-separated), for the pipeline (streamed decode, pause segmenting,
 * parallel recognisers) and for the bare Vosk loop on the same files, in the same run.
 */
public final class TranscriptionEvaluation {
    /** One clip's reference and both hypotheses. */
    public record Clip(String path, String source, List<String> reference, List<String> pipeline, List<String> bare) { }

    /**
     * The clips and both totals; {@code joined} is every clip in one recording (with 0.6 s pauses), so the
     * pipeline cuts it at pauses and decodes the pieces in parallel, against the bare loop on the whole.
     */
    public record Result(List<Clip> clips, String model, Clip joined) {
        public int referenceWords() {
            return clips.stream().mapToInt(c -> c.reference().size()).sum();
        }

        public double pipelineWer() {
            return wer(Clip::pipeline);
        }

        public double bareWer() {
            return wer(Clip::bare);
        }

        private double wer(java.util.function.Function<Clip, List<String>> hypothesis) {
            int errors = clips.stream().mapToInt(c -> WordErrorRate.errors(c.reference(), hypothesis.apply(c))).sum();
            return 100.0 * errors / Math.max(1, referenceWords());
        }

        public void print(PrintStream out) {
            out.printf("Word error rate on %d clips (%,d reference words), model %s:%n", clips.size(), referenceWords(), model);
            clips.stream().collect(Collectors.groupingBy(c -> c.source().replaceAll(" \\(.*", ""), java.util.TreeMap::new, Collectors.toList()))
                    .forEach((source, list) -> {
                        Result part = new Result(list, model, null);
                        out.printf("  %-34s %3d clips  pipeline %5.2f%%  bare loop %5.2f%%%n", source, list.size(), part.pipelineWer(), part.bareWer());
                    });
            out.printf("  %-34s %3d clips  pipeline %5.2f%%  bare loop %5.2f%%%n", "all", clips.size(), pipelineWer(), bareWer());
            double gap = pipelineWer() - bareWer();
            out.printf("Pipeline minus bare loop: %+.2f points (%s the 0.5-point limit)%n", gap, gap <= 0.5 ? "within" : "OVER");
            if (joined != null) {
                Result one = new Result(List.of(joined), model, null);
                out.printf("All clips joined into one recording (%d words), cut at pauses and decoded in parallel:%n",
                        joined.reference().size());
                out.printf("  pipeline %5.2f%%  bare loop %5.2f%%  difference %+.2f points%n", one.pipelineWer(), one.bareWer(),
                        one.pipelineWer() - one.bareWer());
            }
        }
    }

    private TranscriptionEvaluation() { }

    public static Result run(VoskModel model, Path manifest, int threads, Progress progress) {
        return run(model, manifest, Integer.MAX_VALUE, threads, progress);
    }

    /** Per clip, the first {@code limit} clips of the manifest only (a quicker check); joined, all of them. */
    public static Result run(VoskModel model, Path manifest, int limit, int threads, Progress progress) {
        List<String[]> all = readManifest(manifest);
        List<String[]> rows = all.subList(0, Math.min(limit, all.size()));
        SpeechPipeline pipeline = new SpeechPipeline(model);
        List<Clip> clips = new ArrayList<>();
        for (String[] row : rows) {
            progress.checkCancelled();
            progress.update(clips.size(), rows.size() + 1, "Transcribing " + row[0]);
            Path file = manifest.resolveSibling(row[0]);
            List<String> viaPipeline = words(pipeline.transcribe(file, RepChannel.LEFT, threads, Progress.NONE).words());
            List<String> viaBare = words(BareVoskLoop.transcribe(model, BareVoskLoop.decodeMono(file)));
            clips.add(new Clip(row[0], row.length > 5 ? row[5] : "", WordErrorRate.normalise(row[4]), viaPipeline, viaBare));
        }
        progress.update(rows.size(), rows.size() + 1, "Transcribing all clips joined");
        Clip joined = joined(model, manifest, all, threads);
        progress.update(rows.size() + 1, rows.size() + 1, "Done");
        return new Result(clips, model.name(), joined);
    }

    /** 0.6 s of silence between joined clips. */
    private static final int PAUSE_BYTES = PcmReader.SAMPLE_RATE * 2 * 6 / 10;

    /** Every clip in one recording, 0.6 s apart: the pipeline (cut at pauses, in parallel) vs the bare loop. */
    private static Clip joined(VoskModel model, Path manifest, List<String[]> rows, int threads) {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        List<String> reference = new ArrayList<>();
        for (String[] row : rows) {
            joined.writeBytes(BareVoskLoop.decodeMono(manifest.resolveSibling(row[0])));
            joined.writeBytes(new byte[PAUSE_BYTES]);
            reference.addAll(WordErrorRate.normalise(row[4]));
        }
        byte[] pcm = joined.toByteArray();
        SpeechPipeline pipeline = new SpeechPipeline(model);
        try {
            Path wav = Files.createTempFile("nexus-wer-joined", ".wav");
            try {
                WavFile.write(wav, 1, pcm);
                List<String> viaPipeline = words(pipeline.transcribe(wav, RepChannel.LEFT, threads, Progress.NONE).words());
                return new Clip("(all clips joined)", "joined", reference, viaPipeline, words(BareVoskLoop.transcribe(model, pcm)));
            } finally {
                Files.deleteIfExists(wav);
            }
        } catch (IOException e) {
            throw new TranscriptionException("Cannot write a temporary file: " + e.getMessage(), e);
        }
    }

    private static List<String> words(List<SpokenWord> words) {
        return WordErrorRate.normalise(words.stream().map(SpokenWord::text).collect(Collectors.joining(" ")));
    }

    /** The manifest's rows after its header; a malformed line names its number. */
    static List<String[]> readManifest(Path manifest) {
        try {
            List<String> lines = Files.readAllLines(manifest);
            if (lines.isEmpty() || !lines.get(0).startsWith("path\t")) {
                throw new TranscriptionException(manifest + ": line 1 must be the header 'path<TAB>sample_rate<TAB>duration_s<TAB>reference<TAB>reference_normalized<TAB>source'.");
            }
            List<String[]> rows = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                String[] cells = lines.get(i).split("\t", -1);
                if (cells.length < 5) {
                    throw new TranscriptionException(manifest + ": line " + (i + 1) + " has " + cells.length
                            + " tab-separated fields; it needs at least 5 (path ... reference_normalized).");
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new TranscriptionException("Cannot read " + manifest + ": " + com.nexuscrm.domain.FileProblems.reason(e), e);
        }
    }
}
