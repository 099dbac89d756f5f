package com.nexuscrm.cli;

import com.nexuscrm.domain.account.ChurnHistory;
import com.nexuscrm.scoring.LeadEvaluation;
import com.nexuscrm.scoring.WorkspaceAccounts;
import com.nexuscrm.usecase.Passphrases;
import com.nexuscrm.usecase.RescoreAccounts;
import com.nexuscrm.usecase.Workspace;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code nexus eval churn}: the same held-out comparison as {@code eval leads} (selected model vs logistic
 * regression and the base rate, bootstrap intervals, beats/ties/loses, {@code --json}, {@code --fail-below-baseline}),
 * on any churn CSV or on a workspace's accounts (whole accounts held out).
 */
@Command(name = "churn", description = {"Held-out churn AUC (95% bootstrap intervals) and log loss: the selected DL4J model"
        + " vs Tribuo logistic regression and the base rate.",
    "  --csv FILE --label COLUMN: any churn table (e.g. ../shared/data/telco-churn-ibm/Telco-Customer-Churn.csv, Churn);",
    "  --workspace DIR: the workspace's accounts, each active at a cut-off, labelled by whether its usage stopped within "
        + ChurnHistory.WINDOW_MONTHS + " months; 20% of accounts held out."})
final class EvalChurnCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Input input;

    static final class Input {
        @Option(names = "--csv", description = "Churn CSV file") Path file;
        @Option(names = "--workspace", description = "Workspace folder") Path workspace;
    }

    @Option(names = "--label", description = "Outcome column of the CSV (0/1, yes/no, true/false)") String label;
    @Option(names = "--drop", split = ",", description = "CSV columns to leave out; a trailing * matches a prefix") List<String> drop = List.of();
    @Option(names = "--keep", split = ",", description = "Columns to keep even when the leakage guard finds them post-outcome") List<String> keep = List.of();
    @Option(names = "--seed", defaultValue = "42", description = "Seed of the 80/20 split and of training (default ${DEFAULT-VALUE})") long seed;
    @Option(names = "--json", description = "Print one JSON object (model and each baseline, named) instead of the tables") boolean json;
    @Option(names = "--fail-below-baseline", description = "Exit with status " + EvalLeadsCommand.LOSES
            + " when the model loses to the logistic baseline") boolean failBelowBaseline;

    @Override
    public Integer call() throws Exception {
        EvalLeadsCommand leads = new EvalLeadsCommand();
        leads.keep = keep;
        leads.drop = drop;
        leads.seed = seed;
        leads.json = json;
        leads.failBelowBaseline = failBelowBaseline;
        if (input.file != null) {
            if (label == null) {
                throw new ParameterException(spec.commandLine(), "--csv needs --label COLUMN (the churn outcome column)");
            }
            leads.file = input.file;
            leads.label = label;
            return leads.call();
        }
        double startSeconds = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
        PrintStream text = json ? System.err : System.out;
        try (Workspace open = Workspace.open(input.workspace, Passphrases.forCommand())) {
            long started = System.nanoTime();
            RescoreAccounts accounts = new RescoreAccounts(open, Clock.systemUTC());
            WorkspaceAccounts.Training t = accounts.trainingTable();
            double readSeconds = (System.nanoTime() - started) / 1e9;
            text.printf("Read %,d account rows (%,d accounts) from %s, %,d churned within %d months%n  %s%n", t.table().size(),
                    t.groups().stream().distinct().count(), input.workspace, t.table().positives(), ChurnHistory.WINDOW_MONTHS,
                    t.table().source());
            LeadEvaluation.Result r = accounts.evaluate(keep, seed, new ConsoleProgress(System.err));
            leads.label = "churned within " + ChurnHistory.WINDOW_MONTHS + " months (usage stopped)";
            return leads.report(r, input.workspace.toString(), input.workspace.getFileName() + " (whole accounts held out)",
                    startSeconds, readSeconds);
        }
    }
}
