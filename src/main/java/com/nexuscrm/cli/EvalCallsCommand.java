package com.nexuscrm.cli;

import com.nexuscrm.conversation.CallFindingsEvaluation;
import com.nexuscrm.conversation.UtteranceClassifier;
import com.nexuscrm.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nexus eval calls}: precision and recall of the call findings (objections by kind, buying signals, next
 * steps) on held-out labelled utterances, the classifier with the patterns beside the patterns alone.
 */
@Command(name = "calls", description = "Call findings on held-out labelled utterances: precision and recall per category,"
        + " patterns + classifier vs the patterns alone.")
final class EvalCallsCommand implements Callable<Integer> {
    /** Recall the objections (pooled) and next steps must reach. */
    static final double TARGET_RECALL = 0.8;

    @Option(names = "--heldout", split = ",",
            defaultValue = "src/test/resources/calls/findings-heldout.tsv,src/test/resources/calls/findings-heldout-2.tsv",
            description = "Labelled utterance files, 'label<TAB>utterance' per line, comma-separated (default ${DEFAULT-VALUE})")
    List<Path> heldOut;
    @Option(names = "--model", description = "A model written by 'nexus train calls' (default: the shipped one)") Path model;
    @Option(names = "--json", description = "Print one JSON object instead of the table") boolean json;
    @Option(names = "--fail-below-baseline", description = "Exit 1 when the model's macro F1 is below the patterns'") boolean failBelow;

    @Override
    public Integer call() throws IOException {
        for (Path file : heldOut) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(file + " is not a file; give --heldout FILE[,FILE] (run from the project"
                        + " folder for the default held-out files in src/test/resources/calls/)");
            }
        }
        UtteranceClassifier classifier = model == null ? UtteranceClassifier.shipped() : UtteranceClassifier.read(model);
        List<Object> results = new ArrayList<>();
        boolean below = false;
        if (!json) {
            System.out.printf("Threshold %.2f (%s)%n", classifier.threshold(), classifier.thresholdChosenBy());
        }
        for (Path file : heldOut) {
            CallFindingsEvaluation.Result r = CallFindingsEvaluation.run(file, classifier);
            double modelF1 = macroF1(r.model());
            double baselineF1 = macroF1(r.baseline());
            String verdict = modelF1 > baselineF1 ? "beats" : modelF1 == baselineF1 ? "ties" : "loses to";
            below |= modelF1 < baselineF1;
            if (json) {
                results.add(json(r, modelF1, baselineF1, verdict));
            } else {
                print(r, modelF1, baselineF1, verdict);
            }
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("threshold", classifier.threshold());
            out.put("thresholdChosenBy", classifier.thresholdChosenBy());
            out.put("heldOut", results);
            System.out.println(Json.mapper().writeValueAsString(out));
        }
        return failBelow && below ? 1 : 0;
    }

    private static void print(CallFindingsEvaluation.Result r, double modelF1, double baselineF1, String verdict) {
        System.out.printf("%nCall findings on %s: %d held-out utterances, each as one customer utterance%n", r.file(), r.utterances());
        System.out.printf("%-15s %7s   %-22s   %-22s%n", "", "", "patterns + classifier", "patterns alone (baseline)");
        System.out.printf("%-15s %7s   %10s %11s   %10s %11s%n", "category", "support", "precision", "recall", "precision", "recall");
        for (int i = 0; i < r.model().size(); i++) {
            CallFindingsEvaluation.Scores m = r.model().get(i);
            CallFindingsEvaluation.Scores b = r.baseline().get(i);
            System.out.printf("%-15s %7d   %10.3f %11.3f   %10.3f %11.3f%n", m.category(), m.support(), m.precision(),
                    m.recall(), b.precision(), b.recall());
        }
        System.out.printf("%-15s %7s   %22.3f   %22.3f%n", "false findings", "on none", r.modelFalseAlarms(), r.baselineFalseAlarms());
        System.out.printf("Macro F1 over the ten categories: %.3f vs %.3f: the classifier with the patterns %s the patterns alone%n",
                modelF1, baselineF1, verdict);
        for (String target : List.of("objections", "next_step")) {
            double recall = r.model(target).recall();
            System.out.printf("Recall of %s %.3f: %s the target of %.1f%n", target.replace('_', ' '), recall,
                    recall >= TARGET_RECALL ? "meets" : "MISSES", TARGET_RECALL);
        }
    }

    private static Map<String, Object> json(CallFindingsEvaluation.Result r, double modelF1, double baselineF1, String verdict) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", r.file().toString());
        out.put("utterances", r.utterances());
        out.put("model", detector("patterns + classifier", r.model(), r.modelFalseAlarms(), modelF1));
        out.put("baseline", detector("patterns alone", r.baseline(), r.baselineFalseAlarms(), baselineF1));
        out.put("verdict", verdict);
        out.put("targetRecall", TARGET_RECALL);
        out.put("meetsTargets", r.model("objections").recall() >= TARGET_RECALL && r.model("next_step").recall() >= TARGET_RECALL);
        return out;
    }

    private static Map<String, Object> detector(String name, List<CallFindingsEvaluation.Scores> scores, double falseAlarms, double f1) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", name);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CallFindingsEvaluation.Scores s : scores) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("category", s.category());
            row.put("support", s.support());
            row.put("found", s.found());
            row.put("predicted", s.predicted());
            row.put("precision", s.precision());
            row.put("recall", s.recall());
            rows.add(row);
        }
        out.put("categories", rows);
        out.put("falseFindingsOnNone", falseAlarms);
        out.put("macroF1", f1);
        return out;
    }

    static double macroF1(List<CallFindingsEvaluation.Scores> scores) {
        return CallFindingsEvaluation.macroF1(scores);
    }
}
