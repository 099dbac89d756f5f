package com.nexuscrm.cli.bench;

import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.deal.ForecastPeriod;
import com.nexuscrm.scoring.DealModel;
import com.nexuscrm.scoring.DealProbe;
import com.nexuscrm.scoring.WorkspaceDeals;
import com.nexuscrm.storage.DealBenchBaselines;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.usecase.AssessDeals;
import com.nexuscrm.usecase.ForecastDeals;
import com.nexuscrm.usecase.RescoreDeals;
import com.nexuscrm.usecase.SaveDeal;
import com.nexuscrm.usecase.Workspace;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Deal predictions end to end on a fresh encrypted workspace of 10,000 open deals (and closed ones to train on, each
 * with account, contacts, buying group, line items, history and activities): {@link RescoreDeals#predict} (read the
 * features from the store, the model's explained output, the write of every narrow {@code deal_score} row) with the
 * model trained by the workspace's own deal training, against the sum of its bare parts in the same run (a plain JDBC
 * read of the feature columns, DL4J's bare {@code output()} on the same matrix, a plain JDBC batch write of as many
 * score rows); then the health and risks of every open deal ({@link AssessDeals}), and the Forecast screen's refresh
 * after one edit through {@link SaveDeal}.
 */
@Command(name = "deals", description = "Predicting every open deal vs bare read + output() + write; assessing them;"
        + " the forecast after one edit.")
final class DealsBench implements Callable<Integer> {
    private static final char[] PASS = "benchmark-passphrase".toCharArray();
    private static final double PREDICT_TARGET_MS = 1000;
    private static final double FORECAST_TARGET_MS = 200;

    @Option(names = "--deals", defaultValue = "10000", description = "Open deals (default ${DEFAULT-VALUE})") int open;
    @Option(names = "--closed", defaultValue = "3000", description = "Closed deals to train on (default ${DEFAULT-VALUE})")
    int closed;
    @Option(names = "--runs", defaultValue = "5", description = "Timed predictions (default ${DEFAULT-VALUE})") int runs;
    @Option(names = "--edits", defaultValue = "41", description = "Timed edits and forecast refreshes (default ${DEFAULT-VALUE})")
    int edits;

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("nexus-deals-bench");
        try (WorkspaceStore store = WorkspaceStore.create(dir.resolve("ws"), PASS)) {
            long start = System.nanoTime();
            DealBenchWorkspace seeded = new DealBenchWorkspace(store);
            User manager = seeded.seed(open, closed);
            System.out.printf("seeded %,d open and %,d closed deals (%,d records) in %.1f s%n", open, closed,
                    seeded.records(), (System.nanoTime() - start) / 1e9);
            Workspace workspace = Workspace.over(store);
            RescoreDeals rescore = new RescoreDeals(workspace, Clock.systemUTC());
            DealModel model = train(rescore);
            predictions(store, workspace, rescore, model);
            forecast(workspace, manager);
        } finally {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        return 0;
    }

    private static DealModel train(RescoreDeals rescore) {
        long t = System.nanoTime();
        RescoreDeals.Trained trained = rescore.train(7, Progress.NONE);
        if (trained.model() == null) {
            throw new IllegalStateException("The deal model did not train: " + trained.notEnoughHistory());
        }
        System.out.printf("trained deal model %s (%s) and rescored once in %.1f s%n", trained.model().version(),
                trained.model().card().selected(), (System.nanoTime() - t) / 1e9);
        return trained.model();
    }

    private void predictions(WorkspaceStore store, Workspace workspace, RescoreDeals rescore, DealModel model) {
        List<Deal> all = workspace.deals().findAll();
        List<Deal> openDeals = all.stream().filter(d -> !d.getStage().isClosed()).toList();
        WorkspaceDeals.Facts facts = rescore.facts(all);
        Instant now = Instant.now();
        List<Object[]> rows = new ArrayList<>(openDeals.size());
        openDeals.forEach(d -> rows.add(WorkspaceDeals.row(d, facts, now)));
        DealProbe probe = DealProbe.of(model);
        DealBenchBaselines baselines = new DealBenchBaselines(store);
        AssessDeals assess = new AssessDeals(workspace, Clock.systemUTC());
        long[] bare = new long[runs];
        long[] read = new long[runs];
        long[] write = new long[runs];
        long[] full = new long[runs];
        long[] again = new long[runs];
        long[] judged = new long[runs];
        int[] written = new int[2];
        for (int r = 0; r < runs; r++) {
            bare[r] = probe.bareOutputNanos(rows);
            long t0 = System.nanoTime();
            int readRows = baselines.readFeatureColumns();
            read[r] = System.nanoTime() - t0;
            List<DealBenchBaselines.ScoreRow> scores = baselines.scoreRows();
            long t1 = System.nanoTime();
            baselines.writeScoreRows(scores);
            write[r] = System.nanoTime() - t1;
            // a day later each run: every predicted close date moves, so every row is written, as in the bare write
            RescoreDeals later = new RescoreDeals(workspace, Clock.fixed(now.plus(Duration.ofDays(r + 1L)), ZoneOffset.UTC));
            long t2 = System.nanoTime();
            RescoreDeals.Rescored done = later.predict(Progress.NONE);
            full[r] = System.nanoTime() - t2;
            long t4 = System.nanoTime();
            RescoreDeals.Rescored same = later.predict(Progress.NONE); // the same moment again: nothing changed
            again[r] = System.nanoTime() - t4;
            written[0] = done.written();
            written[1] = same.written();
            long t3 = System.nanoTime();
            int assessed = assess.assessOpen(Progress.NONE).size();
            judged[r] = System.nanoTime() - t3;
            if (done.deals() != open || scores.size() != open || assessed != open || readRows != all.size()) {
                throw new IllegalStateException("predicted " + done.deals() + ", wrote " + scores.size() + ", assessed "
                        + assessed + " and read " + readRows + " deals of " + open + " open, " + all.size() + " in all");
            }
        }
        double bareMs = BenchCommand.median(bare) / 1e6;
        double readMs = BenchCommand.median(read) / 1e6;
        double writeMs = BenchCommand.median(write) / 1e6;
        double fullMs = BenchCommand.median(full) / 1e6;
        double baseline = bareMs + readMs + writeMs;
        System.out.printf("bare DL4J output() on the %,d x %d matrix: median %.0f ms%n", open, probe.width(), bareMs);
        System.out.printf("bare JDBC read of the feature columns (%,d deals, their history, people, items, activities):"
                + " median %.0f ms%n", all.size(), readMs);
        System.out.printf("bare JDBC batch write of %,d narrow deal_score rows (one transaction): median %.0f ms%n", open, writeMs);
        System.out.printf("deals: %,d open deals predicted end to end (read, features, explained output, write) in median"
                + " %.0f ms over %d runs (target <= %.0f ms), ratio %.2f to bare read + output() + write (%.0f ms)%n",
                open, fullMs, runs, PREDICT_TARGET_MS, fullMs / baseline, baseline);
        System.out.printf("deals: rows written by the day-later prediction %,d of %,d; by the same prediction again %,d"
                + " (nothing changed): median %.0f ms%n", written[0], open, written[1], BenchCommand.median(again) / 1e6);
        System.out.printf("deal health and risks of every open deal (AssessDeals, with the health write): median %.0f ms%n",
                BenchCommand.median(judged) / 1e6);
    }

    /** One deal's amount changed through SaveDeal, then the Forecast screen's read; the first pair warms up. */
    private void forecast(Workspace workspace, User manager) {
        ForecastPeriod quarter = ForecastPeriod.quarterOf(LocalDate.now(ZoneOffset.UTC));
        ForecastDeals forecasts = ForecastDeals.of(workspace, ZoneOffset.UTC, Clock.systemUTC());
        SaveDeal save = new SaveDeal(workspace, Clock.systemUTC());
        List<Deal> inQuarter = workspace.deals().allOpen().stream().filter(d -> quarter.contains(d.getCloseDate()))
                .limit(edits + 1L).toList();
        long[] edit = new long[edits];
        long[] refresh = new long[edits];
        long[] both = new long[edits];
        for (int r = -1; r < edits; r++) {
            Deal d = workspace.deals().find(inQuarter.get(r + 1).getId()).orElseThrow();
            d.setAmount(d.getAmount().add(BigDecimal.valueOf(100)));
            long t0 = System.nanoTime();
            save.save(d, manager);
            long t1 = System.nanoTime();
            ForecastBench.refresh(forecasts, quarter);
            long t2 = System.nanoTime();
            if (r >= 0) {
                edit[r] = t1 - t0;
                refresh[r] = t2 - t1;
                both[r] = t2 - t0;
            }
        }
        System.out.printf("one edit through SaveDeal: median %.1f ms; forecast recompute (quarter by rep, weekly curve,"
                + " what moved, names): median %.1f ms%n", BenchCommand.median(edit) / 1e6, BenchCommand.median(refresh) / 1e6);
        System.out.printf("forecast after one edit (save + recompute) on %,d deals: median %.1f ms, p95 %.1f ms over %d edits"
                + " (target <= %.0f ms)%n", open + closed, BenchCommand.median(both) / 1e6, p95(both) / 1e6, edits,
                FORECAST_TARGET_MS);
    }

    private static double p95(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)];
    }
}
