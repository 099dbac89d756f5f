package com.nexuscrm.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.json.Json;
import com.nexuscrm.scoring.Bootstrap;
import com.nexuscrm.scoring.Candidate;
import com.nexuscrm.scoring.DealEvaluation;
import com.nexuscrm.scoring.LabelledTable;
import com.nexuscrm.scoring.LeakageGuard;
import com.nexuscrm.scoring.MavenDeals;
import com.nexuscrm.scoring.Metrics;
import com.nexuscrm.scoring.ModelCard;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nexus eval deals}: win probability (the framework's selected model vs the base rate, stage
 * probability and logistic regression) and close date (the close-date model vs the median duration) on a
 * held-out 20%, side by side, with the "no signal beyond the base rate" flag computed from the AUC interval.
 */
@Command(name = "deals", description = {"Held-out win probability (ROC AUC with 95% bootstrap interval, log loss, Brier):"
        + " the selected model vs the base rate, stage probability and logistic regression; close-date MAE vs the median"
        + " duration and the interval's coverage.",
    "  --data DIR: the Maven CRM sales-opportunities folder; --workspace DIR: a workspace's closed deals."})
final class EvalDealsCommand implements Callable<Integer> {
    /** Exit status when --fail-below-baseline is given and the model's log loss is above a baseline's. */
    static final int LOSES = 3;

    @ArgGroup(multiplicity = "1")
    Input input;

    static final class Input {
        @Option(names = "--data", description = "Maven CRM folder (sales_pipeline.csv, accounts.csv, products.csv, sales_teams.csv)")
        Path data;
        @Option(names = "--workspace", description = "Workspace folder: its closed deals, as of a point before each close") Path workspace;
    }

    @Option(names = "--drop", split = ",", description = "Columns the win model leaves out (default: the engage period columns, see the README)")
    List<String> drop;
    @Option(names = "--seed", defaultValue = "42", description = "Seed of the 80/20 split and of training (default ${DEFAULT-VALUE})") long seed;
    @Option(names = "--json", description = "Print one JSON object instead of the tables") boolean json;
    @Option(names = "--fail-below-baseline", description = "Exit with status " + LOSES
            + " when the selected model's held-out log loss is above the base rate's or the logistic baseline's") boolean failBelowBaseline;

    @Override
    public Integer call() throws Exception {
        PrintStream text = json ? System.err : System.out;
        DealEvaluation.Result r;
        String source;
        if (input.data != null) {
            MavenDeals.Loaded loaded = MavenDeals.read(input.data);
            text.printf("Read %,d closed deals from %s (%,d won); %,d open deals have no outcome and are left out%s%n",
                    loaded.table().size(), input.data, loaded.table().positives(), loaded.openDeals(),
                    loaded.unknownProducts() == 0 ? "" : "; " + loaded.unknownProducts() + " name a product products.csv lacks");
            text.println("  close_value and close_date are known only after the outcome: never features (close_date gives the"
                    + " close-date label only)");
            r = DealEvaluation.run(loaded.table(), loaded.daysToClose(), -1, drop == null ? MavenDeals.PERIOD_COLUMNS : drop, seed, new ConsoleProgress(System.err));
            source = input.data.toString();
        } else {
            WorkspaceDealTable loaded = WorkspaceDealTable.load(input.workspace, text);
            r = DealEvaluation.run(loaded.table(), loaded.days(), loaded.stageColumn(), drop == null ? List.of() : drop, seed, new ConsoleProgress(System.err));
            source = input.workspace.toString();
        }
        EvalLeadsCommand.printGuard(r.guard(), text);
        if (input.workspace != null) {
            printAsOf(r.guard(), text);
        }
        if (json) {
            System.out.println(JSON.writeValueAsString(json(r, source)));
        } else {
            print(r);
        }
        boolean loses = !r.logLossAtMostPrior() || r.model().logLoss() > r.logistic().logLoss() + 1e-9;
        return failBelowBaseline && loses ? LOSES : 0;
    }

    /**
     * Why the workspace's stage is kept although its name is on the guard's list, and the guard's highest
     * single-feature AUC: the proof, run after run, that no column gives the outcome away.
     */
    static void printAsOf(LeakageGuard.Report guard, PrintStream out) {
        guard.checked().stream().max(java.util.Comparator.comparingDouble(LeakageGuard.Finding::auc)).ifPresent(top -> out.printf(
                Locale.ROOT, "  leakage guard: %d columns checked on the training split; the highest single-feature AUC is %.3f (%s),"
                + " limit %.2f%n", guard.checked().size(), top.auc(), top.column(), LeakageGuard.AUC_LIMIT));
        out.println("  as of a point before each close: the stage is the one the history had then (never Closed won/lost);"
                + " closed-at, lost reason, the closing entry and the amount at close are never read");
    }

    private void print(DealEvaluation.Result r) {
        ModelCard card = r.card();
        System.out.printf("Held-out evaluation: %,d training deals, %,d held-out deals (stratified 20%%, seed %d)%n",
                r.trainingRows(), r.heldOutRows(), seed);
        System.out.println("Candidates on the validation split inside the 80% (calibrated log loss, AUC):");
        card.candidates().forEach(c -> System.out.printf(Locale.ROOT, "  %-12s %.4f  %.3f  %s%n", c.name(), c.validationLogLoss(),
                c.validationAuc(), c.network()));
        System.out.println("Selected: " + card.selectionReason());
        System.out.printf("%-22s %16s %12s %12s %12s%n", "Win probability", "Model (" + card.selected() + ")", "Base rate",
                "Stage prob.", "Logistic");
        row("ROC AUC", r.model().auc(), r.prior().auc(), r.stage().auc(), r.logistic().auc());
        row("Log loss", r.model().logLoss(), r.prior().logLoss(), r.stage().logLoss(), r.logistic().logLoss());
        row("Brier", r.model().brier(), r.prior().brier(), r.stage().brier(), r.logistic().brier());
        System.out.println("Stage probability: " + r.stageNote() + ".");
        printAucIntervals(r);
        System.out.println(verdict(r));
        DealEvaluation.CloseDates d = r.closeDates();
        System.out.printf("Close date (days to close: from engage on Maven, from the described moment in a workspace), %,d held-out closed deals:%n", d.rows());
        System.out.printf("%-22s %16s %18s%n", "MAE (days)", "Close-date model", "Median duration");
        System.out.printf(Locale.ROOT, "%-22s %16.1f %18.1f%n", "all closed", d.modelMae(), d.medianMae());
        System.out.printf(Locale.ROOT, "%-22s %16.1f %18.1f%n", "won", d.wonModelMae(), d.wonMedianMae());
        System.out.printf(Locale.ROOT, "%-22s %16.1f %18.1f%n", "lost", d.lostModelMae(), d.lostMedianMae());
        System.out.printf(Locale.ROOT, "80%% interval: covers %.1f%% of held-out deals, mean width %.1f days. Model: %s.%n",
                100 * d.coverage(), d.meanWidth(), d.description());
        System.out.println("What the 80% means: for deals like the training ones, the actual close falls inside the interval"
                + " 80% of the time on average (conformal guarantee over deals, not a promise about any one deal).");
        System.out.printf("Time: %s%n", String.join(", ", r.seconds().entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue())).toList()));
    }

    /** The model's AUC and each baseline's, with their paired 95% bootstrap intervals and differences, side by side. */
    private static void printAucIntervals(DealEvaluation.Result r) {
        Bootstrap.Comparison logistic = r.comparison();
        Bootstrap.Comparison stage = r.stageComparison();
        String ranking = Candidate.BASE_RATE.equals(r.card().selected()) ? "best learned ranking, " + bestLearned(r.card())
                : "selected model, " + r.card().selected();
        System.out.printf("ROC AUC with 95%% bootstrap intervals (%,d paired resamples of the %,d held-out deals):%n",
                Bootstrap.RESAMPLES, r.heldOutRows());
        String format = "  %-38s %-22s %-26s %s%n";
        System.out.printf(format, "", "AUC [95% interval]", "model minus it [95%]", "");
        System.out.printf(format, "Model (" + ranking + ")", interval(logistic.model()), "", "");
        System.out.printf(format, "Stage probability", interval(stage.baseline()), signed(stage.difference()), stage.verdict());
        System.out.printf(format, "Logistic regression (Tribuo)", interval(logistic.baseline()), signed(logistic.difference()),
                logistic.verdict());
        System.out.println(r.aucAboveBothBaselines() ? "The model's held-out AUC is above both stage probability's and logistic"
                + " regression's." : "The model's held-out AUC is NOT above both baselines' (see the differences above).");
    }

    private static String signed(Bootstrap.Interval i) {
        return String.format(Locale.ROOT, "%+.3f [%+.3f, %+.3f]", i.estimate(), i.low(), i.high());
    }

    static String bestLearned(ModelCard card) {
        return card.candidates().stream().filter(x -> !x.name().equals("base rate"))
                .min(java.util.Comparator.comparingDouble(ModelCard.CandidateResult::validationLogLoss))
                .map(ModelCard.CandidateResult::name).orElse("?");
    }

    /** The verdict in words, the no-signal flag first. */
    static String verdict(DealEvaluation.Result r) {
        StringBuilder s = new StringBuilder();
        if (r.noSignal()) {
            s.append(String.format(Locale.ROOT, "NO SIGNAL BEYOND THE BASE RATE: the 95%% interval of the learned model's AUC"
                    + " [%.3f, %.3f] contains 0.5%s. ", r.comparison().model().low(), r.comparison().model().high(),
                    r.logisticNoSignal() ? ", and so does the logistic baseline's" : ""));
        } else {
            s.append(String.format(Locale.ROOT, "Signal beyond the base rate: the learned model's AUC interval [%.3f, %.3f] lies"
                    + " above 0.5. ", r.comparison().model().low(), r.comparison().model().high()));
        }
        s.append(String.format(Locale.ROOT, "Held-out log loss %.4f vs the base rate's %.4f: %s; vs logistic %.4f, stage"
                + " probability %.4f.", r.model().logLoss(), r.prior().logLoss(), r.logLossAtMostPrior() ? "at most the prior's"
                : "ABOVE the prior's", r.logistic().logLoss(), r.stage().logLoss()));
        return s.toString();
    }

    private static String interval(Bootstrap.Interval i) {
        return String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", i.estimate(), i.low(), i.high());
    }

    private static void row(String name, double... values) {
        System.out.printf(Locale.ROOT, "%-22s %16.4f %12.4f %12.4f %12.4f%n", name, values[0], values[1], values[2], values[3]);
    }

    private ObjectNode json(DealEvaluation.Result r, String source) {
        ObjectNode out = JSON.createObjectNode();
        out.put("data", source);
        out.put("seed", seed);
        out.put("trainingRows", r.trainingRows());
        out.put("heldOutRows", r.heldOutRows());
        out.set("candidates", JSON.valueToTree(r.card().candidates()));
        out.put("selected", r.card().selected());
        out.put("selectionReason", r.card().selectionReason());
        metrics(out.putObject("model"), "framework's selected model: " + r.card().selected(), r.model());
        ObjectNode learned = out.putObject("bestLearnedRanking");
        learned.put("name", bestLearned(r.card())).put("auc", r.comparison().model().estimate());
        learned.putArray("auc95").add(r.comparison().model().low()).add(r.comparison().model().high());
        ObjectNode baselines = out.putObject("baselines");
        metrics(baselines.putObject("baseRate"), "base rate of the training deals", r.prior());
        ObjectNode stage = metrics(baselines.putObject("stage"), "stage probability: " + r.stageNote(), r.stage());
        paired(stage, r.stageComparison());
        ObjectNode logistic = metrics(baselines.putObject("logistic"), "Tribuo logistic regression", r.logistic());
        paired(logistic, r.comparison());
        out.put("aucAboveBothBaselines", r.aucAboveBothBaselines());
        out.put("noSignalBeyondBaseRate", r.noSignal());
        out.put("logLossAtMostPrior", r.logLossAtMostPrior());
        out.put("verdict", verdict(r));
        out.set("closeDate", JSON.valueToTree(r.closeDates()));
        ObjectNode seconds = out.putObject("seconds");
        r.seconds().forEach(seconds::put);
        return out;
    }

    /** A baseline's AUC interval and the model's paired AUC difference over it. */
    private static void paired(ObjectNode node, Bootstrap.Comparison c) {
        node.putArray("auc95").add(c.baseline().low()).add(c.baseline().high());
        node.putObject("modelMinusBaselineAuc").put("estimate", c.difference().estimate()).put("low", c.difference().low())
                .put("high", c.difference().high()).put("verdict", c.verdict());
    }

    private static ObjectNode metrics(ObjectNode node, String name, Metrics m) {
        return node.put("name", name).put("auc", m.auc()).put("logLoss", m.logLoss()).put("brier", m.brier());
    }

    private static final ObjectMapper JSON = Json.indented();

    /** A workspace's closed deals as the evaluation's table (each as of a point before its close). */
    record WorkspaceDealTable(LabelledTable table, double[] days, int stageColumn) {
        static WorkspaceDealTable load(Path folder, PrintStream out) {
            try (com.nexuscrm.usecase.Workspace open = com.nexuscrm.usecase.Workspace.open(folder,
                    com.nexuscrm.usecase.Passphrases.forCommand())) {
                com.nexuscrm.scoring.WorkspaceDeals.Training t = new com.nexuscrm.usecase.RescoreDeals(open,
                        java.time.Clock.systemUTC()).trainingTable();
                out.printf("Read %,d closed deals from %s (%,d won)%n  %s%n", t.table().size(), folder, t.table().positives(),
                        t.table().source());
                return new WorkspaceDealTable(t.table(), t.daysToClose(), com.nexuscrm.scoring.WorkspaceDeals.STAGE_COLUMN);
            }
        }
    }
}
