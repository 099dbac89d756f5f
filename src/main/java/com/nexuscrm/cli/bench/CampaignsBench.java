package com.nexuscrm.cli.bench;

import com.nexuscrm.campaign.CampaignRunner;
import com.nexuscrm.campaign.RunnerSettings;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.SendWindow;
import com.nexuscrm.json.Json;
import com.nexuscrm.server.ServerDatabase;
import com.nexuscrm.server.campaign.CampaignBenchStore;
import com.nexuscrm.server.campaign.ServerCampaigns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Campaign scheduling on the team server's store: a bench team with 100,000 active enrolments due now, one
 * {@link CampaignRunner} pass that creates every enrolment's next touch (the server's team-scoped ports; sending left
 * out: batch 0), against a bare JDBC batch insert of the same 100,000 touch rows in the same run.
 */
@Command(name = "campaigns", description = "Scheduling every enrolment's next touch on the server vs a bare JDBC insert.")
final class CampaignsBench implements Callable<Integer> {
    private static final double TARGET_SECONDS = 5;

    @Option(names = "--enrolments", defaultValue = "100000", description = "Active enrolments (default ${DEFAULT-VALUE})")
    int enrolments;

    @Option(names = "--db", description = "Server store URL, e.g. jdbc:postgresql://127.0.0.1:5432/crm?user=crm"
            + " (default: a fresh H2 file store in a temporary folder); the bench team is removed afterwards")
    String db;

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("nexus-campaign-bench");
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        try (ServerDatabase database = ServerDatabase.open(db != null ? db : ServerDatabase.defaultUrl(dir))) {
            CampaignBenchStore store = new CampaignBenchStore(database.dataSource(), Json.mapper(), clock);
            long seedStart = System.nanoTime();
            UUID team = store.seed(enrolments, now);
            System.out.printf("store: %s; %,d enrolments seeded in %.1f s%n", database.description(), enrolments,
                    (System.nanoTime() - seedStart) / 1e9);
            try {
                ServerCampaigns campaigns = new ServerCampaigns(database.dataSource(), Json.mapper(), clock);
                RunnerSettings schedulingOnly = new RunnerSettings(SendWindow.BUSINESS_HOURS, 200, ZoneOffset.UTC,
                        RunnerSettings.defaults(ZoneOffset.UTC).backoff(), 0);
                long start = System.nanoTime();
                int scheduled = new CampaignRunner(clock, campaigns.ports(team), schedulingOnly, Map.of()).runOnce().scheduled();
                long schedulerNanos = System.nanoTime() - start;
                List<ScheduledTouch> touches = store.touches(team);
                long bareNanos = store.bareInsertNanos(team, touches);
                System.out.printf("scheduler pass: %,d touches in %.2f s (target <= %.0f s: %s)%n", scheduled,
                        schedulerNanos / 1e9, TARGET_SECONDS, schedulerNanos / 1e9 <= TARGET_SECONDS ? "met" : "NOT met");
                System.out.printf("bare JDBC batch insert of the same %,d rows: %.2f s; ratio %.2fx%n", touches.size(),
                        bareNanos / 1e9, (double) schedulerNanos / bareNanos);
                return scheduled == enrolments ? 0 : 1;
            } finally {
                store.drop(team);
            }
        } finally {
            Customer360Bench.deleteTree(dir);
        }
    }
}
