package com.nexuscrm.cli.bench;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityRepository;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.TaskPriority;
import com.nexuscrm.json.Json;
import com.nexuscrm.storage.BenchBaselines;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.ui.activity.TimelineViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Opening an account's timeline: a fresh encrypted workspace whose account holds 5,000 activities (among
 * others' activities), then the repository call the timeline screen makes for its first page, timed after the
 * first call, against a bare JDBC query of the same rows in the same run.
 */
@Command(name = "timeline", description = "First timeline page of an account with 5,000 activities vs a bare JDBC query.")
final class TimelineBench implements Callable<Integer> {
    private static final char[] PASS = "benchmark-passphrase".toCharArray();
    private static final ActivityType[] TYPES = {ActivityType.CALL, ActivityType.EMAIL, ActivityType.EMAIL,
            ActivityType.MEETING, ActivityType.NOTE, ActivityType.TASK};
    private static final double TARGET_MS = 150;

    @Option(names = "--activities", defaultValue = "5000", description = "Activities on the measured account (default 5000)")
    int activities;

    @Option(names = "--others", defaultValue = "15000", description = "Activities on 300 other accounts (default 15000)")
    int others;

    @Option(names = "--runs", defaultValue = "21", description = "Timed runs of each query after the first (default 21)")
    int runs;

    @Option(names = "--json", description = "Print the figures as one JSON object")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("nexus-timeline-bench");
        try (WorkspaceStore store = WorkspaceStore.create(dir.resolve("ws"), PASS)) {
            UUID account = seed(store);
            ActivityRepository repository = store.activities();
            BenchBaselines baseline = new BenchBaselines(store);
            RecordRef ref = RecordRef.account(account);
            long start = System.nanoTime();
            int firstRows = repository.timeline(ref, Set.of(), 0, TimelineViewModel.PAGE).size();
            double firstMs = (System.nanoTime() - start) / 1e6;
            baseline.timelinePage(account, TimelineViewModel.PAGE);
            long[] app = new long[runs];
            long[] bare = new long[runs];
            long[] count = new long[runs];
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                int rows = repository.timeline(ref, Set.of(), 0, TimelineViewModel.PAGE).size();
                app[r] = System.nanoTime() - t0;
                long t1 = System.nanoTime();
                int bareRows = baseline.timelinePage(account, TimelineViewModel.PAGE);
                bare[r] = System.nanoTime() - t1;
                long t2 = System.nanoTime();
                repository.timelineCounts(ref);
                count[r] = System.nanoTime() - t2;
                if (rows != firstRows || bareRows != rows) {
                    throw new IllegalStateException("The page had " + rows + " rows, the bare query " + bareRows);
                }
            }
            report(firstRows, firstMs, BenchCommand.median(app) / 1e6, BenchCommand.median(bare) / 1e6,
                    BenchCommand.median(count) / 1e6);
        } finally {
            deleteTree(dir);
        }
        return 0;
    }

    private void report(int rows, double firstMs, double ms, double bareMs, double countMs) throws IOException {
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("bench", "timeline");
            out.put("activities", activities);
            out.put("otherActivities", others);
            out.put("pageRows", rows);
            out.put("firstCallMs", round(firstMs));
            out.put("medianMs", round(ms));
            out.put("bareJdbcMedianMs", round(bareMs));
            out.put("ratio", round(ms / bareMs));
            out.put("countMedianMs", round(countMs));
            out.put("targetMs", TARGET_MS);
            out.put("runs", runs);
            System.out.println(Json.mapper().writeValueAsString(out));
            return;
        }
        System.out.printf("first call (cold): %.1f ms for %d rows%n", firstMs, rows);
        System.out.printf("counts by type of all %,d activities (the filter's labels, read after the page): median %.1f ms%n",
                activities, countMs);
        System.out.printf("timeline: first page (%d of %,d) median %.1f ms over %d runs (target <= %.0f ms),"
                + " bare JDBC query %.1f ms, ratio %.2f%n", rows, activities, ms, runs, TARGET_MS, bareMs, ms / bareMs);
    }

    /** The temporary workspace is made-up data: leave nothing behind. */
    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** The measured account and its activities, and other accounts' activities around them; returns its id. */
    private UUID seed(WorkspaceStore store) {
        long start = System.nanoTime();
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i <= 300; i++) {
            Account a = new Account(Ids.newId());
            a.setName(i == 0 ? "Bench Account" : "Other Account " + i);
            a.setCreatedAt(Instant.now());
            accounts.add(a);
        }
        store.repository(Account.class).insertAll(accounts);
        Random random = new Random(11);
        Instant now = Instant.now();
        insert(store, accounts.get(0).getId(), activities, random, now);
        for (int i = 0; i < others; i += 1000) {
            insert(store, accounts.get(1 + (i / 1000) % 300).getId(), Math.min(1000, others - i), random, now);
        }
        (json ? System.err : System.out).printf("seeded %,d activities on the account and %,d on 300 others in %.1f s%n", activities, others,
                (System.nanoTime() - start) / 1e9);
        return accounts.get(0).getId();
    }

    private static void insert(WorkspaceStore store, UUID account, int count, Random random, Instant now) {
        List<Activity> batch = new ArrayList<>(1000);
        for (int i = 0; i < count; i++) {
            Activity a = new Activity(Ids.newId());
            a.setType(TYPES[random.nextInt(TYPES.length)]);
            a.setSubject("Bench activity " + i);
            a.setBody("Notes of bench activity " + i + ": discussed the rollout plan, pricing and the next steps.");
            a.setAccountId(account);
            a.setOccurredAt(now.minus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60))));
            a.setDone(!a.isTask() || random.nextBoolean());
            if (a.isTask()) {
                a.setDueAt(a.getOccurredAt().plus(Duration.ofDays(2)));
                a.setPriority(TaskPriority.NORMAL);
            }
            batch.add(a);
            if (batch.size() == 1000) {
                store.activities().insertAll(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            store.activities().insertAll(batch);
        }
    }
}
