package com.nexuscrm.cli.bench;

import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealScore;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.ForecastCategory;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.deal.ForecastMoves;
import com.nexuscrm.domain.deal.ForecastPeriod;
import com.nexuscrm.domain.deal.PipelineForecast;
import com.nexuscrm.json.Json;
import com.nexuscrm.storage.BenchBaselines;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.usecase.ForecastDeals;
import com.nexuscrm.usecase.SaveDeal;
import com.nexuscrm.usecase.Workspace;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Forecast screen's refresh after one edit: a fresh encrypted workspace of 10,000 deals (half scored, each with
 * a history), one deal's amount changed through SaveDeal, then the screen's read (the quarter's forecast by rep with
 * the weekly curve, what moved since the quarter began, the moved deals' names), timed after a first call, against
 * a bare SQL sum of the quarter's open deals in the same run.
 */
@Command(name = "forecast", description = "Forecast refresh after one edit on 10,000 deals vs a bare SQL sum of the open deals.")
final class ForecastBench implements Callable<Integer> {
    private static final char[] PASS = "benchmark-passphrase".toCharArray();
    private static final double TARGET_MS = 200;

    @Option(names = "--deals", defaultValue = "10000", description = "Deals in the workspace (default ${DEFAULT-VALUE})") int deals;
    @Option(names = "--runs", defaultValue = "21", description = "Timed edits and refreshes after the first (default ${DEFAULT-VALUE})") int runs;
    @Option(names = "--json", description = "Print the figures as one JSON object") boolean json;

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("nexus-forecast-bench");
        try (WorkspaceStore store = WorkspaceStore.create(dir.resolve("ws"), PASS)) {
            Workspace workspace = Workspace.over(store);
            User manager = seed(store, workspace);
            ForecastPeriod quarter = ForecastPeriod.quarterOf(LocalDate.now(ZoneOffset.UTC));
            ForecastDeals forecasts = ForecastDeals.of(workspace, ZoneOffset.UTC, Clock.systemUTC());
            SaveDeal save = new SaveDeal(workspace, Clock.systemUTC());
            BenchBaselines baseline = new BenchBaselines(store);
            List<Deal> open = store.repository(Deal.class).findAll().stream().filter(d -> !d.getStage().isClosed()
                    && quarter.contains(d.getCloseDate())).limit(runs + 1L).toList();
            long start = System.nanoTime();
            int groups = refresh(forecasts, quarter);
            double firstMs = (System.nanoTime() - start) / 1e6;
            baseline.openDealSum(quarter.from(), quarter.to());
            long[] edit = new long[runs];
            long[] refresh = new long[runs];
            long[] bare = new long[runs];
            for (int r = 0; r < runs; r++) {
                Deal d = store.repository(Deal.class).find(open.get(r).getId()).orElseThrow();
                d.setAmount(d.getAmount().add(BigDecimal.valueOf(100)));
                long t0 = System.nanoTime();
                save.save(d, manager);
                edit[r] = System.nanoTime() - t0;
                long t1 = System.nanoTime();
                refresh(forecasts, quarter);
                refresh[r] = System.nanoTime() - t1;
                long t2 = System.nanoTime();
                baseline.openDealSum(quarter.from(), quarter.to());
                bare[r] = System.nanoTime() - t2;
            }
            report(groups, firstMs, BenchCommand.median(edit) / 1e6, BenchCommand.median(refresh) / 1e6,
                    BenchCommand.median(bare) / 1e6);
        } finally {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        return 0;
    }

    /** What the Forecast screen reads after an edit; returns the number of reps in it. */
    static int refresh(ForecastDeals forecasts, ForecastPeriod quarter) {
        Instant now = Instant.now();
        ForecastDeals.Forecast f = forecasts.forecast(quarter, PipelineForecast.By.REP, ForecastDeals.Scope.COMPANY);
        List<ForecastMoves.Move> moved = forecasts.moves(quarter, quarter.from().atStartOfDay(ZoneOffset.UTC).toInstant(), now,
                ForecastDeals.Scope.COMPANY);
        forecasts.dealNames(moved);
        return f.result().groups().size();
    }

    private void report(int groups, double firstMs, double editMs, double ms, double bareMs) throws IOException {
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("bench", "forecast");
            out.put("deals", deals);
            out.put("reps", groups);
            out.put("firstRefreshMs", round(firstMs));
            out.put("editMedianMs", round(editMs));
            out.put("refreshMedianMs", round(ms));
            out.put("bareSumMedianMs", round(bareMs));
            out.put("ratio", round(ms / bareMs));
            out.put("targetMs", TARGET_MS);
            out.put("runs", runs);
            System.out.println(Json.mapper().writeValueAsString(out));
            return;
        }
        System.out.printf("first refresh (cold): %.1f ms, %d reps%n", firstMs, groups);
        System.out.printf("one edit through SaveDeal (deal + history entry, one transaction): median %.1f ms%n", editMs);
        System.out.printf("forecast refresh after the edit (quarter by rep, weekly curve, what moved, names): median %.1f ms"
                + " over %d runs (target <= %.0f ms); bare SQL sum of the quarter's open deals %.2f ms; ratio %.1f%n",
                ms, runs, TARGET_MS, bareMs, ms / bareMs);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** Two teams of ten reps and a manager; deals closing over a year around today, half scored; returns the manager. */
    private User seed(WorkspaceStore store, Workspace workspace) {
        long start = System.nanoTime();
        BenchTeams org = BenchTeams.seed(store);
        List<User> reps = org.reps();
        User manager = org.manager();
        insertDeals(store, workspace, reps);
        (json ? System.err : System.out).printf("seeded %,d deals with history and scores in %.1f s%n", deals,
                (System.nanoTime() - start) / 1e9);
        return manager;
    }

    private void insertDeals(WorkspaceStore store, Workspace workspace, List<User> reps) {
        Random random = new Random(17);
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<Deal> batch = new ArrayList<>();
        List<DealChange> history = new ArrayList<>();
        List<DealScore> scores = new ArrayList<>();
        DealStage[] stages = DealStage.values();
        for (int i = 0; i < deals; i++) {
            User owner = reps.get(random.nextInt(reps.size()));
            Deal d = new Deal(Ids.newId());
            d.setName("Bench deal " + i);
            d.setStage(stages[random.nextInt(stages.length)]);
            d.setAmount(BigDecimal.valueOf(1_000 + random.nextInt(99_000)));
            d.setCurrency("USD");
            d.setCloseDate(d.getStage().isClosed() ? today.minusDays(1 + random.nextInt(180)) : today.plusDays(random.nextInt(365) - 182));
            d.setCreatedAt(now.minusSeconds(86_400L * (30 + random.nextInt(300))));
            d.setClosedAt(d.getStage().isClosed() ? d.getCloseDate().atStartOfDay(ZoneOffset.UTC).toInstant() : null);
            d.setForecastCategory(ForecastCategory.values()[random.nextInt(4)]);
            d.setOwnerId(owner.getId());
            d.setTeamId(owner.getTeamId());
            batch.add(d);
            history.add(DealChange.of(d, d.getCreatedAt(), owner.getId()));
            if (i % 2 == 0) {
                scores.add(DealScore.prediction(d.getId(), 1 + random.nextInt(99), null, null, null, List.of(), "bench", now));
            }
            if (batch.size() == 1000 || i == deals - 1) {
                store.repository(Deal.class).insertAll(batch);
                store.repository(DealChange.class).insertAll(history);
                batch.clear();
                history.clear();
            }
        }
        workspace.dealScores().writePredictions(scores);
    }
}
