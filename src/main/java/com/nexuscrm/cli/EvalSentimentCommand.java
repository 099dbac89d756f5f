package com.nexuscrm.cli;

import com.nexuscrm.conversation.LearnedSentiment;
import com.nexuscrm.conversation.SentimentCorpus;
import com.nexuscrm.conversation.SentimentEvaluation;
import com.nexuscrm.conversation.SentimentMetrics;
import com.nexuscrm.json.Json;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nexus eval sentiment}: the sentiment network beside the old lexicon, a VADER-style lexicon, the plain
 * lexicon and the majority class, on GoEmotions test and the UCI test 20% by default, or on any labelled CSV.
 */
@Command(name = "sentiment", description = {"Accuracy and macro-F1 of the call-sentiment network and of its baselines.",
        "  Default: GoEmotions test (3 classes) and the UCI sentences' test 20%% (2 classes).",
        "  --csv FILE --text COL --label COL [--map neg=..,pos=..,neu=..]: any labelled CSV."})
final class EvalSentimentCommand implements Callable<Integer> {
    @Option(names = "--goemotions", defaultValue = "../shared/data/goemotions-sentiment",
            description = "GoEmotions folder (default ${DEFAULT-VALUE})") Path goEmotions;
    @Option(names = {"--data", "--uci"}, defaultValue = "../shared/data/sentiment-labelled-sentences-uci",
            description = "UCI sentences folder with amazon_cells_labelled.txt, yelp_labelled.txt, imdb_labelled.txt (default ${DEFAULT-VALUE})") Path uci;
    @Option(names = "--csv", description = "A labelled CSV to evaluate instead (header row; delimiter detected)") Path csv;
    @Option(names = "--text", description = "With --csv: the column holding the sentence") String text;
    @Option(names = "--label", description = "With --csv: the column holding the label") String label;
    @Option(names = "--map", description = "With --csv: which label values are which class, e.g. neg=0|negative,pos=1,neu=2"
            + " (default: negative/neg, positive/pos, neutral/neu). Without a neutral class the evaluation has two classes") String map;
    @Option(names = "--model", description = "A model folder from 'nexus train sentiment' (default: the built-in model)") Path model;
    @Option(names = "--json", description = "Print one JSON object with the network's and each baseline's figures") boolean json;
    @Option(names = "--fail-below-baseline", description = "Exit 1 when a baseline matches or beats the network") boolean failBelow;

    @Override
    public Integer call() throws Exception {
        if (csv != null && (text == null || label == null)) {
            throw new IllegalArgumentException("--csv needs --text COLUMN and --label COLUMN (the sentence and its label)");
        }
        LearnedSentiment network = model == null ? LearnedSentiment.standard() : LearnedSentiment.load(model);
        List<SentimentEvaluation.Report> reports = csv == null ? SentimentEvaluation.standard(goEmotions, uci, network)
                : List.of(csvReport(network));
        if (json) {
            System.out.println(Json.mapper().writeValueAsString(Map.of("model", network.card().version(),
                    "datasets", reports.stream().map(EvalSentimentCommand::asJson).toList())));
        } else {
            System.out.println("Model: " + network.card().version() + " (" + network.card().network() + ")");
            reports.forEach(r -> r.print(System.out));
        }
        boolean lost = reports.stream().anyMatch(r -> !r.notBeaten().isEmpty());
        return failBelow && lost ? 1 : 0;
    }

    private SentimentEvaluation.Report csvReport(LearnedSentiment network) {
        SentimentCorpus.Labelled data = SentimentCorpus.csv(csv, text, label, SentimentCorpus.labelMap(map));
        if (data.examples().isEmpty()) {
            throw new IllegalArgumentException(csv + ": no row has both a sentence in '" + text + "' and a label in '" + label + "'");
        }
        return SentimentEvaluation.evaluate(csv.getFileName().toString(), data, network, data.examples(), "this file");
    }

    private static Map<String, Object> asJson(SentimentEvaluation.Report report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dataset", report.dataset());
        out.put("classes", report.classes().stream().map(p -> p.name().toLowerCase(Locale.ROOT)).toList());
        out.put("examples", report.examples());
        out.put("leftOut", report.leftOut());
        out.put("model", figures(report.model()));
        out.put("baselines", report.baselines().stream().map(EvalSentimentCommand::figures).toList());
        out.put("beatsEveryBaseline", report.notBeaten().isEmpty());
        return out;
    }

    private static Map<String, Object> figures(SentimentEvaluation.Row row) {
        SentimentMetrics m = row.metrics();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", row.name());
        out.put("accuracy", m.accuracy());
        out.put("macroF1", m.macroF1());
        Map<String, Double> f1 = new LinkedHashMap<>();
        m.f1().forEach((p, v) -> f1.put(p.name().toLowerCase(Locale.ROOT), v));
        out.put("f1", f1);
        return out;
    }
}
