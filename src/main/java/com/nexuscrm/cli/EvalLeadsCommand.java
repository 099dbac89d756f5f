package com.nexuscrm.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.json.Json;
import com.nexuscrm.scoring.Bootstrap;
import com.nexuscrm.scoring.CsvLeads;
import com.nexuscrm.scoring.LeadEvaluation;
import com.nexuscrm.scoring.LeakageGuard;
import com.nexuscrm.scoring.Metrics;
import com.nexuscrm.scoring.ModelCard;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nexus eval leads}: the selected DL4J model against Tribuo's logistic regression and the base rate
 * on a held-out 20%, with bootstrap intervals, a verdict in words, and {@code --json} for scripts.
 */
@Command(name = "leads", description = {"Held-out AUC (with 95% bootstrap intervals), PR-AUC, log loss and lift by decile:"
        + " the selected DL4J model vs Tribuo logistic regression and the base rate.",
    "Columns the leakage guard finds post-outcome are dropped and named; --keep keeps one deliberately."})
final class EvalLeadsCommand implements Callable<Integer> {
    /** Exit status when --fail-below-baseline is given and the model loses to the baseline. */
    static final int LOSES = 3;

    @Option(names = "--csv", required = true, description = "Lead CSV file") Path file;
    @Option(names = "--label", required = true, description = "Outcome column (0/1, yes/no, true/false)") String label;
    @Option(names = "--mapping", description = "File of 'column,family' lines (fit, intent, engagement or drop)") Path mapping;
    @Option(names = "--drop", split = ",", description = "Columns to leave out, comma-separated; a trailing * matches a prefix") List<String> drop = List.of();
    @Option(names = "--keep", split = ",", description = "Columns to keep even when the leakage guard finds them post-outcome") List<String> keep = List.of();
    @Option(names = "--seed", defaultValue = "42", description = "Seed of the 80/20 split and of training (default ${DEFAULT-VALUE})") long seed;
    @Option(names = "--json", description = "Print one JSON object (model and each baseline, named) instead of the tables") boolean json;
    @Option(names = "--fail-below-baseline", description = "Exit with status " + LOSES + " when the model loses to the logistic baseline")
    boolean failBelowBaseline;

    @Override
    public Integer call() throws Exception {
        // From the JVM's start to here: class loading and the command line, which a user waits for too.
        double startSeconds = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
        PrintStream text = json ? System.err : System.out;
        long started = System.nanoTime();
        CsvLeads.Loaded loaded = load(file, label, mapping, drop, text);
        double readSeconds = (System.nanoTime() - started) / 1e9;
        LeadEvaluation.Result r = LeadEvaluation.run(loaded.table(), List.copyOf(loaded.dropped().keySet()), keep, seed,
                new ConsoleProgress(System.err));
        return report(r, file.toString(), file.getFileName().toString(), startSeconds, readSeconds);
    }

    /**
     * Prints a held-out comparison (tables, or one JSON object with {@code --json}) and returns the exit status;
     * shared by {@code eval churn}. {@code data} names the input in the JSON, {@code name} in the tables.
     */
    int report(LeadEvaluation.Result r, String data, String name, double startSeconds, double readSeconds) throws Exception {
        printGuard(r.guard(), json ? System.err : System.out);
        if (json) {
            System.out.println(JSON.writeValueAsString(json(r, data, startSeconds, readSeconds)));
        } else {
            print(r, name, startSeconds, readSeconds);
        }
        return failBelowBaseline && r.verdict().equals("loses") ? LOSES : 0;
    }

    private void print(LeadEvaluation.Result r, String name, double startSeconds, double readSeconds) {
        ModelCard card = r.card();
        System.out.printf("Held-out evaluation on %s: %,d training rows, %,d held-out rows (stratified 20%%, seed %d)%n",
                name, r.trainingRows(), r.heldOutRows(), seed);
        System.out.println("Candidates on the validation split inside the 80% (calibrated log loss, AUC, training time, best epoch):");
        card.candidates().forEach(c -> System.out.printf("  %-12s %.4f  %.3f  %5.1f s  %-12s %s%n", c.name(), c.validationLogLoss(),
                c.validationAuc(), c.trainingSeconds(), c.epochs() == 0 ? "" : c.bestEpoch() + " of " + c.epochs(), c.network()));
        System.out.println("Selected: " + card.selectionReason());
        System.out.printf("%-26s %12s %18s %12s%n", "", "DL4J (" + card.selected() + ")", "Logistic (Tribuo)", "Base rate");
        row("ROC AUC", r.network().auc(), r.logistic().auc(), r.prior().auc());
        row("PR AUC", r.network().prAuc(), r.logistic().prAuc(), r.prior().prAuc());
        row("Log loss", r.network().logLoss(), r.logistic().logLoss(), r.prior().logLoss());
        row("Brier", r.network().brier(), r.logistic().brier(), r.prior().brier());
        System.out.println("Lift by decile (highest scores first):");
        for (int d = 0; d < 10; d++) {
            System.out.printf("  decile %2d %21.2f %18.2f%n", d + 1, r.network().liftByDecile().get(d), r.logistic().liftByDecile().get(d));
        }
        System.out.println("Reliability of the DL4J model on the held-out rows: predicted → observed");
        r.network().reliability().forEach(b -> System.out.printf("  %3.0f–%3.0f%%  %,6d leads  predicted %5.1f%%  observed %5.1f%%%n",
                100 * b.from(), 100 * b.to(), b.leads(), 100 * b.meanPredicted(), 100 * b.observed()));
        Bootstrap.Comparison c = r.comparison();
        System.out.printf("AUC with 95%% bootstrap intervals (%,d resamples of the held-out rows): DL4J %s, logistic %s,"
                + " difference %s%n", Bootstrap.RESAMPLES, interval(c.model()), interval(c.baseline()), interval(c.difference()));
        System.out.println(sentence(r));
        System.out.printf("Time: start-up %.1f s, reading %.1f s, %s%n", startSeconds, readSeconds, r.seconds().entrySet().stream()
                .map(e -> String.format("%s %.1f s", e.getKey(), e.getValue())).collect(Collectors.joining(", ")));
    }

    /** The verdict in words: beats, ties or loses, and by how much. */
    static String sentence(LeadEvaluation.Result r) {
        Bootstrap.Interval d = r.comparison().difference();
        String verdict = switch (r.verdict()) {
            case "beats" -> "BEATS the logistic baseline: the whole 95% interval of the AUC difference is above 0";
            case "loses" -> "LOSES to the logistic baseline: the whole 95% interval of the AUC difference is below 0";
            default -> "TIES the logistic baseline: the 95% interval of the AUC difference includes 0";
        };
        return String.format("The DL4J model (%s) %s (%s); log loss %.4f vs %.4f (%s).", r.card().selected(), verdict,
                interval(d), r.network().logLoss(), r.logistic().logLoss(),
                r.network().logLoss() <= r.logistic().logLoss() ? "at most the baseline's" : "ABOVE the baseline's");
    }

    private static String interval(Bootstrap.Interval i) {
        return String.format("%.3f [%.3f, %.3f]", i.estimate(), i.low(), i.high());
    }

    private static void row(String name, double network, double logistic, double prior) {
        System.out.printf("%-26s %12.4f %18.4f %12.4f%n", name, network, logistic, prior);
    }

    static void printGuard(LeakageGuard.Report guard, PrintStream out) {
        for (LeakageGuard.Finding f : guard.suspects()) {
            out.printf("  leakage guard %s %s (single-feature AUC %.3f on the training split): %s%s%n",
                    f.kept() ? "KEPT" : "dropped", f.column(), f.auc(), f.reason(), f.kept() ? " — kept with --keep" : "; --keep "
                            + f.column() + " keeps it");
        }
        guard.checked().stream().filter(f -> f.reason() == null).limit(3).forEach(f -> out.printf(
                "  leakage guard kept %s: single-feature AUC %.3f, below the %.2f limit%n", f.column(), f.auc(), LeakageGuard.AUC_LIMIT));
    }

    private ObjectNode json(LeadEvaluation.Result r, String data, double startSeconds, double readSeconds) {
        ObjectNode out = JSON.createObjectNode();
        out.put("data", data);
        out.put("label", label);
        out.put("seed", seed);
        out.put("trainingRows", r.trainingRows());
        out.put("heldOutRows", r.heldOutRows());
        ArrayNode dropped = out.putArray("leakageGuard");
        r.guard().suspects().forEach(f -> dropped.addObject().put("column", f.column()).put("singleFeatureAuc", f.auc())
                .put("reason", f.reason()).put("kept", f.kept()));
        out.set("candidates", JSON.valueToTree(r.card().candidates()));
        out.put("selected", r.card().selected());
        out.put("selectionReason", r.card().selectionReason());
        ObjectNode model = metrics(out.putObject("model"), "DL4J " + r.card().selected(), r.network());
        ci(model, r.comparison().model());
        ObjectNode baselines = out.putObject("baselines");
        ci(metrics(baselines.putObject("logistic"), "Tribuo logistic regression", r.logistic()), r.comparison().baseline());
        metrics(baselines.putObject("baseRate"), "base rate of the training rows", r.prior());
        ObjectNode difference = out.putObject("aucDifference");
        difference.put("versus", "logistic");
        ci(difference.put("estimate", r.comparison().difference().estimate()), r.comparison().difference());
        out.put("verdict", r.verdict());
        out.put("sentence", sentence(r));
        ObjectNode seconds = out.putObject("seconds");
        seconds.put("start-up", startSeconds);
        seconds.put("reading", readSeconds);
        r.seconds().forEach(seconds::put);
        return out;
    }

    private static ObjectNode metrics(ObjectNode node, String name, Metrics m) {
        return node.put("name", name).put("auc", m.auc()).put("prAuc", m.prAuc()).put("logLoss", m.logLoss())
                .put("brier", m.brier());
    }

    private static void ci(ObjectNode node, Bootstrap.Interval i) {
        node.putArray("auc95").add(i.low()).add(i.high());
    }

    /** Reads the CSV and prints what was inferred and dropped, so a user sees what the model learns from. */
    static CsvLeads.Loaded load(Path file, String label, Path mapping, List<String> drop, PrintStream out) {
        CsvLeads.Loaded loaded = CsvLeads.read(file, label, mapping, drop, "left out with --drop");
        out.printf("Read %,d labelled rows from %s (delimiter '%s'); %,d converted%n", loaded.table().size(),
                file.getFileName(), loaded.delimiter() == '\t' ? "\\t" : String.valueOf(loaded.delimiter()), loaded.table().positives());
        if (loaded.unlabelledRows() > 0) {
            out.printf("  %,d rows have no label and are left out%n", loaded.unlabelledRows());
        }
        Map<String, List<String>> byFamily = loaded.table().columns().stream().collect(Collectors.groupingBy(
                c -> c.family().label(), java.util.TreeMap::new, Collectors.mapping(c -> c.name() + " (" + c.kind().name().toLowerCase() + ")", Collectors.toList())));
        byFamily.forEach((family, columns) -> out.println("  " + family + ": " + String.join(", ", columns)));
        loaded.dropped().forEach((column, why) -> out.println("  dropped " + column + ": " + why));
        return loaded;
    }

    private static final ObjectMapper JSON = Json.indented();
}
