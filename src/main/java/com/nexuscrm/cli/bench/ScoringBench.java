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
 * Rescoring every lead of a workspace (read from the store, features, inference, write of every score)
 * against the sum of its three bare parts measured in the same run: a plain JDBC read of the feature
 * columns, DL4J's bare batch {@code output()} on the same feature matrix and a plain JDBC batch write of as
 * many narrow score rows; and one lead's explained score, as on create or what-if. Make the workspace with
 * {@code nexus sample --leads 100000}.
 */
@Command(name = "scoring", description = "Rescoring every lead vs bare read + output() + score write; one lead's score.")
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
            BenchBaselines baselines = new BenchBaselines(store);
            scoring.rescoreAll(Progress.NONE); // every lead has its score row, as after the first open
            long[] bare = new long[REPEATS];
            long[] read = new long[REPEATS];
            long[] write = new long[REPEATS];
            long[] writeOnce = new long[REPEATS];
            long[] full = new long[REPEATS];
            for (int r = 0; r < REPEATS; r++) {
                bare[r] = probe.bareOutputNanos(leads);
                long t0 = System.nanoTime();
                int rows = baselines.readFeatureColumns();
                read[r] = System.nanoTime() - t0;
                List<BenchBaselines.ScoreRow> scores = baselines.scoreRows();
                if (rows != leads.size() || scores.size() != leads.size()) {
                    throw new IllegalStateException("read " + rows + " leads and " + scores.size() + " scores of " + leads.size());
                }
                long t1 = System.nanoTime();
                baselines.writeScoreRows(scores, scores.size());
                writeOnce[r] = System.nanoTime() - t1;
                long t3 = System.nanoTime();
                baselines.writeScoreRows(scores, LeadScoring.BATCH);
                write[r] = System.nanoTime() - t3;
                baselines.markEveryScoreStale();
                long t2 = System.nanoTime();
                LeadScoring.Rescored done = scoring.rescoreAll(Progress.NONE);
                full[r] = System.nanoTime() - t2;
                if (done.changed() != leads.size()) {
                    throw new IllegalStateException("rescored " + done.changed() + " of " + leads.size());
                }
            }
            long[] scan = new long[REPEATS];
            long[] unchanged = new long[REPEATS];
            for (int r = 0; r < REPEATS; r++) {
                long t0 = System.nanoTime();
                store.leadScores().scan(8192, batch -> { });
                scan[r] = System.nanoTime() - t0;
                long t1 = System.nanoTime();
                scoring.rescoreAll(Progress.NONE);
                unchanged[r] = System.nanoTime() - t1;
            }
            double bareMs = BenchCommand.median(bare) / 1e6;
            double readMs = BenchCommand.median(read) / 1e6;
            double writeBatchedMs = BenchCommand.median(write) / 1e6;
            double writeOnceMs = BenchCommand.median(writeOnce) / 1e6;
            double writeMs = Math.min(writeBatchedMs, writeOnceMs);
            double fullMs = BenchCommand.median(full) / 1e6;
            double baseline = readMs + bareMs + writeMs;
            System.out.printf("bare DL4J output() on the %,d x %d matrix: median %.0f ms%n", leads.size(), probe.width(), bareMs);
            System.out.printf("bare JDBC read of the feature columns (one query): median %.0f ms%n", readMs);
            System.out.printf("bare JDBC batch write of %,d narrow score rows: median %.0f ms in one transaction, %.0f ms"
                    + " committing every %,d (the faster is the baseline)%n", leads.size(), writeOnceMs, writeBatchedMs,
                    LeadScoring.BATCH);
            System.out.printf("  rescoring's paged read of the features with the current scores: median %.0f ms%n",
                    BenchCommand.median(scan) / 1e6);
            System.out.printf("  read, features and inference, nothing to write (scores unchanged): median %.0f ms%n",
                    BenchCommand.median(unchanged) / 1e6);
            System.out.printf("rescore all from the store (read, features, inference, write of every score): median %.0f ms%n", fullMs);
            probe.printBreakdown(leads);
            System.out.printf("scoring: %,d leads in %.0f ms, ratio %.2f to bare read + output() + write (%.0f ms; target <= 1.5),"
                    + " %.0f to bare output() alone%n", leads.size(), fullMs, fullMs / baseline, baseline, fullMs / bareMs);
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

}
