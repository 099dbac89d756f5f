package com.nexuscrm.cli;

import com.nexuscrm.usecase.Workspace;
import com.nexuscrm.usecase.LeadServices;
import com.nexuscrm.usecase.Passphrases;

import com.nexuscrm.scoring.CsvLeads;
import com.nexuscrm.scoring.LeadModel;
import com.nexuscrm.scoring.LeadScoring;
import com.nexuscrm.scoring.LeadTrainer;
import com.nexuscrm.scoring.ModelCard;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nexus train leads}: a lead model from a workspace's history or from any lead CSV. */
@Command(name = "train", description = "Trains models.", subcommands = {TrainCommand.Leads.class, TrainCommand.Deals.class, TrainCommand.Churn.class, TrainSentimentCommand.class, TrainCallsCommand.class})
public final class TrainCommand {

    @Command(name = "leads", description = {"Trains the lead-scoring network.",
        "  --workspace DIR: on the workspace's converted and lost leads; the model becomes the workspace's active one.",
        "  --csv FILE --label COLUMN: on any lead CSV; the model folder is written to --out."})
    static final class Leads implements Callable<Integer> {
        @ArgGroup(multiplicity = "1")
        Input input;

        static final class Input {
            @Option(names = "--workspace", description = "Workspace folder to train on") Path workspace;
            @ArgGroup(exclusive = false) CsvInput csv;
        }

        static final class CsvInput {
            @Option(names = "--csv", required = true, description = "Lead CSV file") Path file;
            @Option(names = "--label", required = true, description = "Column holding the outcome (0/1, yes/no, true/false)") String label;
            @Option(names = "--mapping", description = "File of 'column,family' lines (fit, intent, engagement or drop)") Path mapping;
            @Option(names = "--drop", split = ",", description = "Columns to leave out, comma-separated; a trailing * matches a prefix") List<String> drop = List.of();
            @Option(names = "--keep", split = ",", description = "Columns to keep even when the leakage guard finds them post-outcome") List<String> keep = List.of();
        }

        @Option(names = "--out", description = "Write the model folder here instead of the workspace's registry")
        Path out;

        @Option(names = "--seed", defaultValue = "20261125", description = "Random seed (default ${DEFAULT-VALUE})")
        long seed;

        @Override
        public Integer call() throws Exception {
            ConsoleProgress progress = new ConsoleProgress(System.err);
            if (input.csv != null) {
                CsvLeads.Loaded loaded = EvalLeadsCommand.load(input.csv.file, input.csv.label, input.csv.mapping, input.csv.drop, System.out);
                LeadModel model = new LeadTrainer(Clock.systemUTC(), seed).train(loaded.table(), "csv-" + baseName(input.csv.file),
                        List.copyOf(loaded.dropped().keySet()), input.csv.keep, progress);
                Path target = out != null ? out : Path.of("lead-model-" + baseName(input.csv.file));
                model.save(target);
                print(model.card());
                System.out.println("Model written to " + target.toAbsolutePath());
                return 0;
            }
            try (Workspace open = Workspace.open(input.workspace, Passphrases.forCommand())) {
                LeadScoring scoring = LeadServices.scoring(open);
                if (out != null) {
                    LeadModel model = scoring.trainModel(out.getFileName().toString(), seed, progress);
                    model.save(out);
                    print(model.card());
                    System.out.println("Model written to " + out.toAbsolutePath());
                    return 0;
                }
                LeadScoring.Trained trained = scoring.train(progress);
                if (trained.card() == null) {
                    System.out.println(trained.notEnoughHistory());
                    return 2;
                }
                print(trained.card());
                System.out.printf("Active model is now %s; rescored %,d leads (%,d changed) in %.1f s%n",
                        trained.card().version(), trained.rescored().leads(), trained.rescored().changed(), trained.rescored().seconds());
                return 0;
            }
        }

        private static String baseName(Path file) {
            String name = file.getFileName().toString();
            return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        }
    }

    @Command(name = "deals", description = {"Trains the deal models (win probability and close date) on the workspace's closed deals,",
        "  each described as of a point before its close; the model becomes the workspace's active one and the open deals are rescored."})
    static final class Deals implements Callable<Integer> {
        @Option(names = "--workspace", required = true, description = "Workspace folder to train on") Path workspace;
        @Option(names = "--seed", defaultValue = "20261125", description = "Random seed (default ${DEFAULT-VALUE})") long seed;

        @Override
        public Integer call() {
            try (Workspace open = Workspace.open(workspace, Passphrases.forCommand())) {
                com.nexuscrm.usecase.RescoreDeals deals = new com.nexuscrm.usecase.RescoreDeals(open, Clock.systemUTC());
                com.nexuscrm.usecase.RescoreDeals.Trained trained = deals.train(seed, new ConsoleProgress(System.err));
                if (trained.model() == null) {
                    System.out.println(trained.notEnoughHistory());
                    return 2;
                }
                print(trained.model().card());
                System.out.println("  Close date: " + trained.model().closeDate().describe());
                trained.rescored().warnings().forEach(System.out::println);
                System.out.printf("Active deal model is now %s; rescored %,d open deals in %.1f s (scores in deal_score)%n",
                        trained.model().version(), trained.rescored().deals(), trained.rescored().seconds());
                return 0;
            }
        }
    }

    @Command(name = "churn", description = {"Trains the churn model on the workspace's accounts (each active at a cut-off,",
        "  labelled by whether its usage stopped within the following months); the model becomes the workspace's active one",
        "  and every account is rescored (account_score)."})
    static final class Churn implements Callable<Integer> {
        @Option(names = "--workspace", required = true, description = "Workspace folder to train on") Path workspace;
        @Option(names = "--seed", defaultValue = "20261125", description = "Random seed (default ${DEFAULT-VALUE})") long seed;

        @Override
        public Integer call() {
            try (Workspace open = Workspace.open(workspace, Passphrases.forCommand())) {
                com.nexuscrm.usecase.RescoreAccounts accounts = new com.nexuscrm.usecase.RescoreAccounts(open, Clock.systemUTC());
                com.nexuscrm.usecase.RescoreAccounts.Trained trained = accounts.train(seed, new ConsoleProgress(System.err));
                if (trained.model() == null) {
                    System.out.println(trained.notEnoughHistory());
                    return 2;
                }
                print(trained.model().card());
                trained.rescored().warnings().forEach(System.out::println);
                System.out.printf("Active churn model is now %s; scored %,d accounts (%,d changed) in %.1f s (scores in account_score)%n",
                        trained.model().version(), trained.rescored().accounts(), trained.rescored().changed(), trained.rescored().seconds());
                return 0;
            }
        }
    }

    static void print(ModelCard card) {
        System.out.printf("Model %s trained on %s%n", card.version(), card.source());
        System.out.printf("  %,d training rows, %,d validation rows, %,d conversions; %d epochs (best %d)%n",
                card.trainingRows(), card.validationRows(), card.conversions(), card.epochs(), card.bestEpoch());
        System.out.println("  Network: " + card.network());
        if (card.selectionReason() != null) {
            System.out.println("  Selected: " + card.selectionReason());
        }
        if (card.leakage() != null) {
            EvalLeadsCommand.printGuard(new com.nexuscrm.scoring.LeakageGuard.Report(card.leakage()), System.out);
        }
        if (!card.droppedColumns().isEmpty()) {
            System.out.println("  Dropped columns: " + String.join(", ", card.droppedColumns()));
        }
        System.out.printf("  Validation: AUC %.3f, PR-AUC %.3f, log loss %.4f, Brier %.4f%n", card.validation().auc(),
                card.validation().prAuc(), card.validation().logLoss(), card.validation().brier());
        System.out.println("  Reliability (validation): predicted → observed");
        card.validation().reliability().forEach(b -> System.out.printf("    %3.0f–%3.0f%%  %,6d rows   predicted %5.1f%%  observed %5.1f%%%n",
                100 * b.from(), 100 * b.to(), b.leads(), 100 * b.meanPredicted(), 100 * b.observed()));
    }
}
