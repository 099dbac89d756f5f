package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.conversation.CallAnalysisJson;
import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.CallRecording;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.ProductUsage;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.SupportTicket;
import com.nexuscrm.domain.SyncedRecord;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.TicketPriority;
import com.nexuscrm.domain.TicketStatus;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.domain.call.SideMetrics;
import com.nexuscrm.domain.call.Speaker;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.MutableClock;
import com.nexuscrm.testing.SalesTeams;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Team view over 2,000 customers (each with 30 activities over two years, 4 tickets, 12 usage months; every
 * tenth with an analysed call): one pass reads them all. The warm time is printed; the bound asserted is loose
 * (a per-account query for each kind would take far longer), timings being the benchmarks' business.
 */
@Tag("slow")
class TeamAccountsOverviewScaleTest {
    private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");
    private static final int ACCOUNTS = 2000;
    private static final ActivityType[] TYPES = {ActivityType.EMAIL, ActivityType.CALL, ActivityType.MEETING, ActivityType.NOTE};
    private static final String[] OUTCOMES = {null, "Connected", "Replied", "Left voicemail"};

    @TempDir
    Path dir;
    private final List<SyncedRecord> records = new ArrayList<>();
    private User rep;

    private <T extends SyncedRecord> T own(T r) {
        r.setOwnerId(rep.getId());
        r.setTeamId(rep.getTeamId());
        records.add(r);
        return r;
    }

    @Test
    void twoThousandAccountsAreAssessedInOnePass() {
        Random random = new Random(19);
        try (WorkspaceStore store = WorkspaceStore.create(dir, "scale pass".toCharArray())) {
            Workspace workspace = Workspace.over(store);
            SalesTeams org = new SalesTeams();
            Team team = org.team("Enterprise", "ENT");
            rep = org.rep("Rita Rep", team, "UTC");
            records.add(team);
            records.add(rep);
            for (int i = 0; i < ACCOUNTS; i++) {
                customer(i, random);
                if (records.size() > 5000) {
                    workspace.writer().saveTogether(records);
                    records.clear();
                }
            }
            workspace.writer().saveTogether(records);

            TeamAccountsOverview overview = new TeamAccountsOverview(workspace, new MutableClock(NOW));
            long cold = System.nanoTime();
            TeamAccountsOverview.Overview first = overview.compute(Progress.NONE);
            double coldSeconds = (System.nanoTime() - cold) / 1e9;
            TeamAccountsOverview.Overview warm = new TeamAccountsOverview(workspace, new MutableClock(NOW)).compute(Progress.NONE);
            System.out.printf("Team view over %d accounts: first %.2f s (writes %d snapshots), warm %.2f s%n",
                    ACCOUNTS, coldSeconds, first.snapshotsWritten(), warm.seconds());

            assertEquals(ACCOUNTS, first.lines().size());
            assertEquals(ACCOUNTS, first.snapshotsWritten());
            assertEquals(0, warm.snapshotsWritten());
            assertTrue(warm.lines().stream().allMatch(l -> l.health().score() != null));
            assertTrue(warm.seconds() < 10, "warm pass took " + warm.seconds() + " s");
        }
    }

    private void customer(int n, Random random) {
        Account a = own(new Account(Ids.newId()));
        a.setName(String.format("Customer %04d", n));
        a.setCreatedAt(NOW.minus(Duration.ofDays(800)));
        for (int i = 0; i < 30; i++) {
            Activity x = own(new Activity(Ids.newId()));
            x.setType(TYPES[random.nextInt(TYPES.length)]);
            x.setSubject("Touch " + i);
            x.setAccountId(a.getId());
            x.setOccurredAt(NOW.minus(Duration.ofMinutes(random.nextInt(2 * 365 * 24 * 60))));
            x.setOutcome(x.getType() == ActivityType.CALL || x.getType() == ActivityType.EMAIL
                    ? OUTCOMES[random.nextInt(OUTCOMES.length)] : null);
            if (i == 0 && n % 10 == 0) {
                x.setType(ActivityType.CALL);
                x.setOccurredAt(NOW.minus(Duration.ofDays(1 + random.nextInt(150))));
                CallRecording r = own(new CallRecording(Ids.newId()));
                r.setActivityId(x.getId());
                r.setStatus("ANALYSED");
                r.setCallAt(x.getOccurredAt());
                r.setFileName("call" + n + ".wav");
                SideMetrics customer = new SideMetrics(Speaker.CUSTOMER, 30, 0.5, null, 60, 120, 0, 0, random.nextDouble() - 0.3);
                r.setAnalysisJson(CallAnalysisJson.write(new CallAnalysis(60, true, List.of(customer), null, null, List.of(),
                        List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of())));
            }
        }
        for (int i = 0; i < 4; i++) {
            SupportTicket t = own(new SupportTicket(Ids.newId()));
            t.setAccountId(a.getId());
            t.setSubject("Ticket " + i);
            t.setPriority(TicketPriority.values()[random.nextInt(4)]);
            t.setOpenedAt(NOW.minus(Duration.ofHours(random.nextInt(365 * 24))));
            t.setStatus(i == 0 ? TicketStatus.OPEN : TicketStatus.CLOSED);
            t.setClosedAt(t.getStatus() == TicketStatus.OPEN ? null : t.getOpenedAt().plus(Duration.ofDays(2)));
        }
        int seats = 10 + random.nextInt(200);
        for (int m = 0; m < 12; m++) {
            ProductUsage u = own(new ProductUsage(Ids.newId()));
            u.setAccountId(a.getId());
            u.setPeriodStart(LocalDate.of(2026, 6, 1).minusMonths(m));
            u.setSeats(seats);
            u.setActiveUsers(random.nextInt(seats + 1));
            u.setFeatureAdoption(random.nextDouble());
        }
    }
}
