package com.nexuscrm.cli;

import com.nexuscrm.campaign.ReplyEvaluation;
import com.nexuscrm.campaign.ReplyMetrics;
import com.nexuscrm.json.Json;
import com.nexuscrm.scoring.Bootstrap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nexus eval replies}: the campaign reply classifier trained on one labelled file and measured on another,
 * beside keyword rules and the majority class: accuracy, macro F1 and precision and recall per intent, 95% bootstrap
 * intervals, and the figures of cross-validation on the training file.
 */
@Command(name = "replies", description = {"Campaign reply classification on held-out labelled replies: accuracy, macro F1"
        + " and precision/recall per intent (95%% bootstrap intervals), the classifier vs keyword rules and the majority class.",
        "  e.g. nexus eval replies --train src/test/resources/replies/replies-train.tsv"
        + " --test src/test/resources/replies/replies-heldout.tsv"})
final class EvalRepliesCommand implements Callable<Integer> {
    @Option(names = "--train", description = "Labelled replies to train on, 'label<TAB>reply' per line (default: the"
            + " shipped training set, a copy of src/test/resources/replies/replies-train.tsv)") Path train;
    @Option(names = "--test", required = true, description = "Labelled replies to measure on, never trained or tuned on") Path test;
    @Option(names = "--seed", defaultValue = "42", description = "Seed of training, folds and bootstrap (default ${DEFAULT-VALUE})") long seed;
    @Option(names = "--json", description = "Print one JSON object instead of the tables") boolean json;
    @Option(names = "--fail-below-baseline", description = "Exit 1 unless the classifier's macro F1 beats every baseline's") boolean failBelow;

    @Override
    public Integer call() throws Exception {
        for (Path file : train == null ? List.of(test) : List.of(train, test)) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(file + " is not a file; give --train FILE --test FILE of 'label<TAB>reply' lines");
            }
        }
        ReplyEvaluation.Result r = ReplyEvaluation.run(train, test, seed);
        if (json) {
            System.out.println(Json.mapper().writeValueAsString(json(r)));
        } else {
            print(r);
        }
        boolean beatsAll = r.comparisons().stream().allMatch(v -> v.macroF1().verdict().equals("beats"));
        return failBelow && !beatsAll ? 1 : 0;
    }

    private static void print(ReplyEvaluation.Result r) {
        System.out.printf("Reply classifier trained on %d replies (%s), measured on %d held-out replies (%s)%n",
                r.trainReplies(), r.train(), r.testReplies(), r.test());
        table(r.heldOut());
        System.out.printf("95%% bootstrap intervals (%,d resamples of the held-out replies, paired):%n", Bootstrap.RESAMPLES);
        for (ReplyEvaluation.Versus v : r.comparisons()) {
            System.out.printf("  vs %s: accuracy %s vs %s, difference %s (%s); macro F1 %s vs %s, difference %s (%s)%n",
                    v.baseline(), interval(v.accuracy().model()), interval(v.accuracy().baseline()),
                    interval(v.accuracy().difference()), v.accuracy().verdict(), interval(v.macroF1().model()),
                    interval(v.macroF1().baseline()), interval(v.macroF1().difference()), v.macroF1().verdict());
        }
        System.out.printf("%n5-fold cross-validation on the training file (no held-out reply used):%n");
        table(r.crossValidated());
    }

    private static void table(ReplyEvaluation.Figures f) {
        List<ReplyMetrics> all = new ArrayList<>(List.of(f.model()));
        all.addAll(f.baselines());
        System.out.printf("%-16s %7s", "intent", "support");
        all.forEach(m -> System.out.printf("   %-24s", cut(m.name(), 24)));
        System.out.printf("%n%-16s %7s", "", "");
        all.forEach(m -> System.out.printf("   %11s %12s", "precision", "recall"));
        System.out.println();
        for (int i = 0; i < f.model().intents().size(); i++) {
            ReplyMetrics.PerIntent row = f.model().intents().get(i);
            System.out.printf("%-16s %7.0f", row.intent().key(), row.support());
            for (ReplyMetrics m : all) {
                System.out.printf("   %11.3f %12.3f", m.intents().get(i).precision(), m.intents().get(i).recall());
            }
            System.out.println();
        }
        for (String figure : List.of("accuracy", "macro F1")) {
            System.out.printf("%-24s", figure);
            all.forEach(m -> System.out.printf("   %24.3f", figure.equals("accuracy") ? m.accuracy() : m.macroF1()));
            System.out.println();
        }
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width);
    }

    private static String interval(Bootstrap.Interval i) {
        return String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", i.estimate(), i.low(), i.high());
    }

    private static Map<String, Object> json(ReplyEvaluation.Result r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("train", r.train());
        out.put("test", r.test());
        out.put("trainReplies", r.trainReplies());
        out.put("testReplies", r.testReplies());
        out.put("heldOut", figures(r.heldOut()));
        List<Map<String, Object>> versus = new ArrayList<>();
        for (ReplyEvaluation.Versus v : r.comparisons()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("baseline", v.baseline());
            row.put("accuracy", comparison(v.accuracy()));
            row.put("macroF1", comparison(v.macroF1()));
            versus.add(row);
        }
        out.put("bootstrapResamples", Bootstrap.RESAMPLES);
        out.put("comparisons", versus);
        out.put("crossValidated", figures(r.crossValidated()));
        return out;
    }

    private static Map<String, Object> figures(ReplyEvaluation.Figures f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", metrics(f.model()));
        out.put("baselines", f.baselines().stream().map(EvalRepliesCommand::metrics).toList());
        return out;
    }

    private static Map<String, Object> metrics(ReplyMetrics m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", m.name());
        out.put("accuracy", m.accuracy());
        out.put("macroF1", m.macroF1());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ReplyMetrics.PerIntent row : m.intents()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("intent", row.intent().key());
            one.put("support", (int) row.support());
            one.put("predicted", (int) row.predicted());
            one.put("precision", row.precision());
            one.put("recall", row.recall());
            one.put("f1", row.f1());
            rows.add(one);
        }
        out.put("intents", rows);
        return out;
    }

    private static Map<String, Object> comparison(Bootstrap.Comparison c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", interval95(c.model()));
        out.put("baseline", interval95(c.baseline()));
        out.put("difference", interval95(c.difference()));
        out.put("verdict", c.verdict());
        return out;
    }

    private static Map<String, Object> interval95(Bootstrap.Interval i) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("estimate", i.estimate());
        out.put("low", i.low());
        out.put("high", i.high());
        return out;
    }
}
