package com.nexuscrm.cli;

import com.nexuscrm.conversation.SentimentEvaluation;
import com.nexuscrm.scoring.CsvLeads;
import com.nexuscrm.scoring.LeadEvaluation;
import com.nexuscrm.speech.SpeechModels;
import com.nexuscrm.speech.TranscriptionEvaluation;
import com.nexuscrm.speech.VoskModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nexus eval leads}: the DL4J lead model against a logistic-regression baseline on a held-out 20%. */
@Command(name = "eval", description = "Evaluates models on held-out data.", subcommands = {EvalCommand.Leads.class, EvalCommand.Transcription.class, EvalCommand.Sentiment.class, EvalCallsCommand.class})
final class EvalCommand {
    /**
     * Columns that are only known after the outcome in the X Education lead data (../shared/data/README.md):
     * dropped by default when they are present, so the evaluation is honest without extra options.
     */
    static final List<String> KNOWN_LEAKY = List.of("Tags", "Lead Quality", "Last Activity", "Last Notable Activity",
            "Lead Profile", "Asymmetrique*");

    @Command(name = "leads", description = "Held-out AUC, PR-AUC, log loss and lift by decile: DL4J network vs Tribuo logistic regression.")
    static final class Leads implements Callable<Integer> {
        @Option(names = "--csv", required = true, description = "Lead CSV file") Path file;
        @Option(names = "--label", required = true, description = "Outcome column (0/1, yes/no, true/false)") String label;
        @Option(names = "--mapping", description = "File of 'column,family' lines (fit, intent, engagement or drop)") Path mapping;
        @Option(names = "--drop", split = ",", description = "Columns to leave out, comma-separated; a trailing * matches a prefix."
                + " Default: the post-outcome columns of the X Education data when present") List<String> drop;
        @Option(names = "--seed", defaultValue = "42", description = "Seed of the 80/20 split and of training (default ${DEFAULT-VALUE})") long seed;

        @Override
        public Integer call() {
            CsvLeads.Loaded loaded = drop == null ? load(file, label, mapping, KNOWN_LEAKY, "set only after the outcome in the X Education data (give --drop to choose the columns yourself)")
                    : load(file, label, mapping, drop, "left out with --drop");
            LeadEvaluation.Result r = LeadEvaluation.run(loaded.table(), List.copyOf(loaded.dropped().keySet()), seed,
                    new ConsoleProgress(System.err));
            System.out.printf("Held-out evaluation on %s: %,d training rows, %,d held-out rows (stratified 20%%, seed %d)%n",
                    file.getFileName(), r.trainingRows(), r.heldOutRows(), seed);
            System.out.printf("%-26s %10s %16s %14s%n", "", "DL4J", "Logistic (Tribuo)", "Base rate");
            row("ROC AUC", r.network().auc(), r.logistic().auc(), r.prior().auc());
            row("PR AUC", r.network().prAuc(), r.logistic().prAuc(), r.prior().prAuc());
            row("Log loss", r.network().logLoss(), r.logistic().logLoss(), r.prior().logLoss());
            row("Brier", r.network().brier(), r.logistic().brier(), r.prior().brier());
            System.out.println("Lift by decile (highest scores first):");
            for (int d = 0; d < 10; d++) {
                System.out.printf("  decile %2d %21.2f %16.2f%n", d + 1, r.network().liftByDecile().get(d), r.logistic().liftByDecile().get(d));
            }
            System.out.println("Reliability of the DL4J model on the held-out rows: predicted → observed");
            r.network().reliability().forEach(b -> System.out.printf("  %3.0f–%3.0f%%  %,6d leads  predicted %5.1f%%  observed %5.1f%%%n",
                    100 * b.from(), 100 * b.to(), b.leads(), 100 * b.meanPredicted(), 100 * b.observed()));
            System.out.printf("DL4J AUC %s the baseline's (%.3f vs %.3f)%n",
                    r.network().auc() >= r.logistic().auc() ? "is at least" : "is BELOW", r.network().auc(), r.logistic().auc());
            return 0;
        }

        private static void row(String name, double network, double logistic, double prior) {
            System.out.printf("%-26s %10.4f %16.4f %14.4f%n", name, network, logistic, prior);
        }
    }

    @Command(name = "transcription", description = "Word error rate of the transcription pipeline and of a bare Vosk loop on the same clips.")
    static final class Transcription implements Callable<Integer> {
        @Option(names = "--manifest", defaultValue = "../shared/data/speech-wer/manifest.tsv",
                description = "Tab-separated clip list with normalised references (default ${DEFAULT-VALUE})") Path manifest;
        @Option(names = "--model", description = "Vosk model folder (default: the built-in models/vosk-model-en-us)") Path model;

        @Override
        public Integer call() {
            try (VoskModel vosk = VoskModel.load(model == null ? SpeechModels.defaultModel() : model)) {
                TranscriptionEvaluation.Result r = TranscriptionEvaluation.run(vosk, manifest,
                        Runtime.getRuntime().availableProcessors(), new ConsoleProgress(System.err));
                r.print(System.out);
                return r.pipelineWer() - r.bareWer() <= 0.5 ? 0 : 1;
            }
        }
    }

    @Command(name = "sentiment", description = "Accuracy of the call sentiment analyser and of a plain lexicon baseline on labelled sentences.")
    static final class Sentiment implements Callable<Integer> {
        @Option(names = "--data", defaultValue = "../shared/data/sentiment-labelled-sentences-uci",
                description = "Folder with amazon_cells_labelled.txt, yelp_labelled.txt, imdb_labelled.txt (default ${DEFAULT-VALUE})") Path folder;

        @Override
        public Integer call() {
            SentimentEvaluation.run(folder).print(System.out);
            return 0;
        }
    }

    /** Reads the CSV and prints what was inferred and dropped, so a user sees what the model learns from. */
    static CsvLeads.Loaded load(Path file, String label, Path mapping, List<String> drop, String dropReason) {
        CsvLeads.Loaded loaded = CsvLeads.read(file, label, mapping, drop, dropReason);
        System.out.printf("Read %,d labelled rows from %s (delimiter '%s'); %,d converted%n", loaded.table().size(),
                file.getFileName(), loaded.delimiter() == '\t' ? "\\t" : String.valueOf(loaded.delimiter()), loaded.table().positives());
        if (loaded.unlabelledRows() > 0) {
            System.out.printf("  %,d rows have no label and are left out%n", loaded.unlabelledRows());
        }
        Map<String, List<String>> byFamily = loaded.table().columns().stream().collect(Collectors.groupingBy(
                c -> c.family().label(), java.util.TreeMap::new, Collectors.mapping(c -> c.name() + " (" + c.kind().name().toLowerCase() + ")", Collectors.toList())));
        byFamily.forEach((family, columns) -> System.out.println("  " + family + ": " + String.join(", ", columns)));
        loaded.dropped().forEach((column, why) -> System.out.println("  dropped " + column + ": " + why));
        return loaded;
    }
}
