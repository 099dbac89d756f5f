package com.nexuscrm.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.conversation.AnalysisSettings;
import com.nexuscrm.conversation.CallAnalysisJson;
import com.nexuscrm.conversation.CallAnalyzer;
import com.nexuscrm.conversation.CallReport;
import com.nexuscrm.conversation.CoachingPoint;
import com.nexuscrm.conversation.CoachingPoints;
import com.nexuscrm.conversation.ResearchRanges;
import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.domain.call.CallClock;
import com.nexuscrm.domain.call.RepChannel;
import com.nexuscrm.domain.call.Transcript;
import com.nexuscrm.domain.call.TranscriptionException;
import com.nexuscrm.domain.call.TranscriptionOptions;
import com.nexuscrm.domain.call.Utterance;
import com.nexuscrm.json.Json;
import com.nexuscrm.speech.SpeechModels;
import com.nexuscrm.speech.WorkerTranscriber;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nexus transcribe FILE... [--json]}: transcript and call analysis of audio files, offline. */
@Command(name = "transcribe", description = "Transcribes call recordings offline with Vosk and prints the transcript and its analysis.")
final class TranscribeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Audio files: WAV, MP3, M4A/AAC, OGG/Opus, FLAC") List<Path> files;
    @Option(names = "--json", description = "Print one JSON object per file: transcript and analysis") boolean json;
    @Option(names = "--model", description = "Vosk model folder (default: the built-in models/vosk-model-en-us)") Path model;
    @Option(names = "--rep-channel", defaultValue = "left", description = "Stereo channel that carries the rep: left or right (default ${DEFAULT-VALUE})") String repChannel;
    @Option(names = "--threads", description = "Recognisers run at once (default: one per core)") Integer threads;

    @Override
    public Integer call() throws JsonProcessingException {
        TranscriptionOptions options = new TranscriptionOptions(model == null ? SpeechModels.defaultModel() : model,
                RepChannel.valueOf(repChannel.toUpperCase()), threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                AnalysisSettings.defaults().spokenCompetitors());
        WorkerTranscriber transcriber = new WorkerTranscriber();
        CallAnalyzer analyzer = new CallAnalyzer();
        CoachingPoints coaching = new CoachingPoints(ResearchRanges.defaults(), null);
        int failed = 0;
        for (Path file : files) {
            try {
                Transcript t = transcriber.transcribe(file, options, new ConsoleProgress(System.err));
                CallAnalysis analysis = analyzer.analyze(t, AnalysisSettings.defaults());
                List<CoachingPoint> points = coaching.forCall(analysis);
                if (json) {
                    ObjectNode out = JSON.createObjectNode().put("file", file.toString());
                    out.set("transcript", JSON.readTree(CallAnalysisJson.write(t)));
                    out.set("analysis", JSON.readTree(CallAnalysisJson.write(analysis)));
                    out.set("coaching", JSON.valueToTree(points));
                    System.out.println(out);
                } else {
                    print(file, t);
                    CallReport.lines(analysis, points).forEach(System.out::println);
                }
            } catch (TranscriptionException e) {
                System.err.println("error: " + e.getMessage());
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static final ObjectMapper JSON = Json.mapper();

    private static void print(Path file, Transcript t) {
        System.out.printf("%s: %.1f s, %s, model %s, %d words%n", file.getFileName(), t.durationSeconds(),
                t.stereo() ? "stereo" : "mono", t.model(), t.words().size());
        t.warnings().forEach(w -> System.out.println("warning: " + w));
        for (Utterance u : t.utterances()) {
            System.out.printf("[%s] %-8s %s%n", CallClock.format(u.start()), u.speaker().label(), u.text());
        }
    }
}
