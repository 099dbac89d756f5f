package com.nexuscrm.cli.bench;

import com.nexuscrm.usecase.Passphrases;
import com.nexuscrm.usecase.LeadServices;
import com.nexuscrm.cli.WorkspaceOption;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.scoring.LeadScoring;
import com.nexuscrm.scoring.ScoringProbe;
import com.nexuscrm.storage.BenchBaselines;
import com.nexuscrm.storage.WorkspaceStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Rescoring every lead of a workspace (read from the store, features, inference, write-back) against
 * DL4J's bare batch {@code output()} on the same feature matrix; and one lead's explained score, as on
 * create or what-if. Make the workspace with {@code nexus sample --leads 100000}.
 */
@Command(name = "scoring", description = "Rescoring every lead vs DL4J's bare output() on the same matrix; one lead's score.")
final class ScoringBench implements Callable<Integer> {
    private static final int REPEATS = 3;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() {
        try (WorkspaceStore store = WorkspaceStore.open(workspace.folder, Passphrases.forCommand())) {
            LeadScoring scoring = LeadServices.scoring(store);
            long load = System.nanoTime();
            String version = scoring.scorer().version();
            System.out.printf("model %s loaded in %d ms (ND4J start included)%n", version, (System.nanoTime() - load) / 1_000_000);
            List<Lead> leads = new ArrayList<>();
            store.leadScores().scan(8192, leads::addAll);
            ScoringProbe probe = ScoringProbe.of(scoring);
            long[] bare = new long[REPEATS];
            long[] full = new long[REPEATS];
            for (int r = 0; r < REPEATS; r++) {
                bare[r] = probe.bareOutputNanos(leads);
                markStale(store);
                long t0 = System.nanoTime();
                LeadScoring.Rescored done = scoring.rescoreAll(Progress.NONE);
                full[r] = System.nanoTime() - t0;
                if (done.changed() != leads.size()) {
                    throw new IllegalStateException("rescored " + done.changed() + " of " + leads.size());
                }
            }
            long[] read = new long[REPEATS];
            long[] unchanged = new long[REPEATS];
            for (int r = 0; r < REPEATS; r++) {
                long t0 = System.nanoTime();
                store.leadScores().scan(8192, batch -> { });
                read[r] = System.nanoTime() - t0;
                long t1 = System.nanoTime();
                scoring.rescoreAll(Progress.NONE);
                unchanged[r] = System.nanoTime() - t1;
            }
            System.out.printf("  read the feature columns of every lead from the store: median %.0f ms%n", BenchCommand.median(read) / 1e6);
            System.out.printf("  read, features and inference, nothing to write (scores unchanged): median %.0f ms%n",
                    BenchCommand.median(unchanged) / 1e6);
            double bareMs = BenchCommand.median(bare) / 1e6;
            double fullMs = BenchCommand.median(full) / 1e6;
            System.out.printf("bare DL4J output() on the %,d x %d matrix: median %.0f ms%n", leads.size(), probe.width(), bareMs);
            System.out.printf("rescore all from the store (read, features, inference, write-back): median %.0f ms%n", fullMs);
            probe.printBreakdown(leads);
            System.out.printf("scoring: %,d leads in %.0f ms, ratio %.1f to bare output() (target <= 3)%n", leads.size(), fullMs,
                    fullMs / bareMs);
            single(scoring, leads);
        }
        return 0;
    }

    /** One lead, explained (sub-scores and factors), as the detail pane and what-if do; then with its write. */
    private static void single(LeadScoring scoring, List<Lead> leads) {
        for (int i = 0; i < 300; i++) {
            scoring.preview(leads.get(i % leads.size()));
        }
        long[] preview = new long[1000];
        long[] stored = new long[200];
        for (int i = 0; i < preview.length; i++) {
            long t = System.nanoTime();
            scoring.preview(leads.get((i * 97) % leads.size()));
            preview[i] = System.nanoTime() - t;
        }
        for (int i = 0; i < stored.length; i++) {
            long t = System.nanoTime();
            scoring.rescore(leads.get((i * 89) % leads.size()));
            stored[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(preview);
        System.out.printf("one lead explained (what-if): median %.2f ms, p99 %.2f ms (target <= 10 ms)%n",
                BenchCommand.median(preview) / 1e6, preview[(int) (preview.length * 0.99)] / 1e6);
        System.out.printf("one lead explained and stored (on create): median %.2f ms (target <= 10 ms)%n",
                BenchCommand.median(stored) / 1e6);
    }

    private static void markStale(WorkspaceStore store) {
        new BenchBaselines(store).markEveryScoreStale();
    }
}
