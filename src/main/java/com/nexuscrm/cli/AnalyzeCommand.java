package com.nexuscrm.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.conversation.AnalysisSettings;
import com.nexuscrm.conversation.CallAnalysisJson;
import com.nexuscrm.conversation.CallAnalyzer;
import com.nexuscrm.conversation.CallReport;
import com.nexuscrm.conversation.CoachingPoint;
import com.nexuscrm.conversation.CoachingPoints;
import com.nexuscrm.conversation.MeetingTranscript;
import com.nexuscrm.conversation.MeetingTranscript.SpeakerShare;
import com.nexuscrm.conversation.MeetingTranscriptReader;
import com.nexuscrm.conversation.ResearchRanges;
import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.domain.call.CallClock;
import com.nexuscrm.domain.call.Transcript;
import com.nexuscrm.domain.call.TranscriptionException;
import com.nexuscrm.domain.call.Utterance;
import com.nexuscrm.json.Json;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nexus analyze FILE... [--rep NAME]... [--json]}: the call analysis and coaching of meeting transcripts
 * (WebVTT, SubRip or "Speaker: text"), offline, as for a recorded call. Without {@code --rep} the speaker who talks
 * most is taken as the rep, and the output says so.
 */
@Command(name = "analyze", description = "Analyses meeting transcripts (Zoom/Teams/Meet .vtt, .srt, or 'Speaker: text' .txt)"
        + " as calls: talk figures, questions, objections, competitors, next steps and coaching.")
final class AnalyzeCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = Json.mapper();

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Transcript files: .vtt, .srt or .txt") List<Path> files;
    @Option(names = "--rep", paramLabel = "NAME", description = "The rep's speaker name as the file writes it (repeat for"
            + " several); everyone else is the customer. Default: the speaker who talks most") List<String> reps;
    @Option(names = "--json", description = "Print one JSON object per file: speakers, transcript, analysis and coaching") boolean json;

    @Override
    public Integer call() {
        CallAnalyzer analyzer = new CallAnalyzer();
        CoachingPoints coaching = new CoachingPoints(ResearchRanges.defaults(), null);
        int failed = 0;
        for (Path file : files) {
            try {
                MeetingTranscript meeting = MeetingTranscriptReader.read(file);
                Set<String> rep = new LinkedHashSet<>();
                String chosenBy;
                if (reps == null || reps.isEmpty()) {
                    MeetingTranscript.RepGuess guess = meeting.guessRep(Map.of());
                    rep.add(guess.name());
                    chosenBy = guess.reason();
                } else {
                    reps.forEach(r -> rep.add(meeting.speakerNamed(r)));
                    chosenBy = "--rep";
                }
                Transcript t = meeting.toTranscript(rep);
                CallAnalysis analysis = analyzer.analyze(t, AnalysisSettings.defaults());
                List<CoachingPoint> points = coaching.forCall(analysis);
                if (json) {
                    System.out.println(json(file, meeting, rep, chosenBy, t, analysis, points));
                } else {
                    print(file, meeting, rep, chosenBy, t);
                    CallReport.lines(analysis, points).forEach(System.out::println);
                }
            } catch (TranscriptionException e) {
                System.err.println("error: " + e.getMessage());
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static ObjectNode json(Path file, MeetingTranscript meeting, Set<String> rep, String chosenBy, Transcript t,
                                   CallAnalysis analysis, List<CoachingPoint> points) {
        ObjectNode out = JSON.createObjectNode().put("file", file.toString()).put("format", meeting.format());
        ArrayNode speakers = out.putArray("speakers");
        for (SpeakerShare s : meeting.speakers()) {
            speakers.addObject().put("name", s.name()).put("words", s.words()).put("side", rep.contains(s.name()) ? "rep" : "customer");
        }
        out.put("repChosenBy", chosenBy);
        out.set("warnings", JSON.valueToTree(meeting.warnings()));
        try {
            out.set("transcript", JSON.readTree(CallAnalysisJson.write(t)));
            out.set("analysis", JSON.readTree(CallAnalysisJson.write(analysis)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("The analysis could not be written as JSON", e);
        }
        out.set("coaching", JSON.valueToTree(points));
        return out;
    }

    private static void print(Path file, MeetingTranscript meeting, Set<String> rep, String chosenBy, Transcript t) {
        System.out.printf("%s: %s, %s long, %d turns, %d words%n", file.getFileName(), meeting.format(),
                CallClock.format(t.durationSeconds()), meeting.turns().size(), t.words().size());
        for (SpeakerShare s : meeting.speakers()) {
            boolean isRep = rep.contains(s.name());
            System.out.printf("  %-9s %s (%d words)%s%n", isRep ? "Rep" : "Customer", s.name(), s.words(),
                    isRep && !"--rep".equals(chosenBy) ? ": " + chosenBy + "; choose with --rep NAME" : "");
        }
        meeting.warnings().forEach(w -> System.out.println("warning: " + w));
        for (Utterance u : t.utterances()) {
            System.out.printf("[%s] %-8s %s%n", CallClock.format(u.start()), u.speaker().label(), u.text());
        }
    }
}
