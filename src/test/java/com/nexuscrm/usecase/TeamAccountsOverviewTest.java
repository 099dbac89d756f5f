package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.conversation.CallAnalysisJson;
import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.AccountScore;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.CallRecording;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealContact;
import com.nexuscrm.domain.DealRole;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.ProductUsage;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.SupportTicket;
import com.nexuscrm.domain.SyncedRecord;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.TicketPriority;
import com.nexuscrm.domain.TicketStatus;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.account.AccountHealth;
import com.nexuscrm.domain.account.HealthSnapshot;
import com.nexuscrm.domain.account.WeeklyChange;
import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.domain.call.SideMetrics;
import com.nexuscrm.domain.call.Speaker;
import com.nexuscrm.storage.StoredHealthSnapshots;
import com.nexuscrm.storage.StoredTeamAccounts;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.MutableClock;
import com.nexuscrm.testing.SalesTeams;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Team view's list on a real encrypted workspace: the batched reads group each kind by account, the health is
 * the account view's, and the daily snapshots (V19) are written once a day and compared with a week later.
 */
class TeamAccountsOverviewTest {
    private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

    @TempDir
    Path dir;
    private WorkspaceStore store;
    private Workspace workspace;
    private final MutableClock clock = new MutableClock(NOW);
    private final List<SyncedRecord> records = new ArrayList<>();
    private User rep;

    @BeforeEach
    void open() {
        store = WorkspaceStore.create(dir, "team view pass".toCharArray());
        workspace = Workspace.over(store);
        SalesTeams org = new SalesTeams();
        Team team = org.team("Mid-market", "MM");
        rep = org.rep("Rita Rep", team, "UTC");
        records.add(team);
        records.add(rep);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private <T extends SyncedRecord> T own(T r) {
        r.setOwnerId(rep.getId());
        r.setTeamId(rep.getTeamId());
        records.add(r);
        return r;
    }

    /** A customer: 20 seats with 15..19 active over five months, an open urgent ticket 4 days old, an analysed call, two emails, a won deal with a champion. */
    private Account acme() {
        Account a = own(new Account(Ids.newId()));
        a.setName("Acme Analytics");
        a.setCreatedAt(NOW.minus(Duration.ofDays(400)));
        int[] active = {15, 16, 17, 18, 19};
        for (int i = 0; i < active.length; i++) {
            ProductUsage u = own(new ProductUsage(Ids.newId()));
            u.setAccountId(a.getId());
            u.setPeriodStart(LocalDate.of(2026, 2 + i, 1));
            u.setSeats(20);
            u.setActiveUsers(active[i]);
            u.setFeatureAdoption(0.5);
        }
        ticket(a, "SSO login loop", TicketPriority.URGENT, Duration.ofDays(4));
        Contact vera = own(new Contact(Ids.newId()));
        vera.setAccountId(a.getId());
        vera.setFirstName("Vera");
        vera.setLastName("Vance");
        vera.setCreatedAt(NOW.minus(Duration.ofDays(300)));
        Activity call = activity(a, ActivityType.CALL, vera, Duration.ofDays(10), "Connected");
        activity(a, ActivityType.EMAIL, vera, Duration.ofDays(20), "Replied");
        activity(a, ActivityType.EMAIL, vera, Duration.ofDays(900), "Replied");
        CallRecording r = own(new CallRecording(Ids.newId()));
        r.setActivityId(call.getId());
        r.setStatus("ANALYSED");
        r.setCallAt(call.getOccurredAt());
        r.setFileName("checkin.wav");
        SideMetrics customer = new SideMetrics(Speaker.CUSTOMER, 30, 0.5, null, 60, 120, 0, 0, 0.4);
        r.setAnalysisJson(CallAnalysisJson.write(new CallAnalysis(60, true, List.of(customer), null, null, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of())));
        Deal d = own(new Deal(Ids.newId()));
        d.setName("Acme first year");
        d.setAccountId(a.getId());
        d.setStage(DealStage.CLOSED_WON);
        d.setAmount(new BigDecimal("12000"));
        d.setCurrency("USD");
        d.setCloseDate(LocalDate.of(2025, 8, 19));
        d.setCreatedAt(NOW.minus(Duration.ofDays(350)));
        d.setClosedAt(NOW.minus(Duration.ofDays(300)));
        DealContact champion = own(new DealContact(Ids.newId()));
        champion.setDealId(d.getId());
        champion.setContactId(vera.getId());
        champion.setRole(DealRole.CHAMPION);
        return a;
    }

    private SupportTicket ticket(Account a, String subject, TicketPriority p, Duration ago) {
        SupportTicket t = own(new SupportTicket(Ids.newId()));
        t.setAccountId(a.getId());
        t.setSubject(subject);
        t.setPriority(p);
        t.setStatus(TicketStatus.OPEN);
        t.setOpenedAt(clock.instant().minus(ago));
        return t;
    }

    private Activity activity(Account a, ActivityType type, Contact c, Duration ago, String outcome) {
        Activity x = own(new Activity(Ids.newId()));
        x.setType(type);
        x.setSubject(type + " with " + c.getFirstName());
        x.setAccountId(a.getId());
        x.setContactId(c.getId());
        x.setOccurredAt(NOW.minus(ago));
        x.setOutcome(outcome);
        return x;
    }

    private Account empty(String name) {
        Account a = own(new Account(Ids.newId()));
        a.setName(name);
        a.setCreatedAt(NOW.minus(Duration.ofDays(30)));
        return a;
    }

    private TeamAccountsOverview.Line line(TeamAccountsOverview.Overview o, UUID id) {
        return o.lines().stream().filter(l -> l.account().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theBatchedReadsGroupEveryKindByAccount() {
        Account acme = acme();
        Account quiet = empty("Quiet Ltd");
        workspace.writer().saveTogether(records);
        StoredTeamAccounts batch = new StoredTeamAccounts(store);

        assertEquals(List.of("Acme Analytics", "Quiet Ltd"), batch.accounts().stream().map(a -> a.name()).toList());
        assertEquals(3, batch.activities().get(acme.getId()).size());
        assertEquals(1, batch.tickets().get(acme.getId()).size());
        assertEquals(5, batch.usage().get(acme.getId()).size());
        assertEquals(19, batch.usage().get(acme.getId()).get(4).activeUsers(), "months in order");
        assertEquals(1, batch.analysedCalls(NOW.minus(Duration.ofDays(30))).get(acme.getId()).size());
        assertTrue(batch.analysedCalls(NOW.minus(Duration.ofDays(5))).isEmpty(), "the call was 10 days ago");
        assertEquals(new BigDecimal("12000.00"), batch.deals().get(acme.getId()).get(0).amount().setScale(2));
        assertEquals(Map.of(acme.getId(), 1), batch.champions());
        assertFalse(batch.activities().containsKey(quiet.getId()), "an account without rows has no entry");
    }

    @Test
    void everyAccountsHealthIsTheAccountViewsAndTodaysSnapshotIsWritten() {
        Account acme = acme();
        Account quiet = empty("Quiet Ltd");
        workspace.writer().saveTogether(records);
        workspace.accountScores().write(List.of(new AccountScore(acme.getId(), 34, List.of(), "churn-1", NOW)));

        TeamAccountsOverview.Overview o = new TeamAccountsOverview(workspace, clock).compute(Progress.NONE);

        AccountHealth view = new AccountInsights(workspace, clock).report(acme.getId()).health();
        TeamAccountsOverview.Line a = line(o, acme.getId());
        assertEquals(view.score(), a.health().score(), "the same rule on the same facts");
        assertEquals(view.trend(), a.health().trend());
        assertEquals(34, a.churnRisk());
        assertEquals("High", a.churnBand());
        assertEquals("Rita Rep", a.owner());
        assertEquals(0, new BigDecimal("12000").compareTo(a.wonValue()));
        assertEquals(new HealthSnapshot(acme.getId(), LocalDate.of(2026, 6, 15), view.score(), 34, 1, 19, 1), a.today());
        assertEquals("urgent ticket", a.week().summary(), "no snapshot a week old: the week's urgent ticket alone");
        assertNull(a.week().baseline());
        TeamAccountsOverview.Line q = line(o, quiet.getId());
        assertNull(q.health().score());
        assertEquals("Not scored yet", q.churnNote());
        assertEquals(2, o.snapshotsWritten());
        assertEquals(0, o.weekOld());
        assertEquals(LocalDate.of(2026, 6, 15), o.firstSnapshot());
        assertEquals(LocalDate.of(2026, 6, 8), o.eventsSince());
    }

    @Test
    void theFirstSnapshotOfADayIsKeptAndAWeekLaterTheChangesAreMeasuredAgainstIt() {
        Account acme = acme();
        workspace.writer().saveTogether(records);
        TeamAccountsOverview overview = new TeamAccountsOverview(workspace, clock);
        Integer before = line(overview.compute(Progress.NONE), acme.getId()).health().score();
        records.clear();
        ticket(acme, "Invoice address wrong", TicketPriority.NORMAL, Duration.ofMinutes(5));
        workspace.writer().saveTogether(records);
        TeamAccountsOverview.Overview again = overview.compute(Progress.NONE);
        assertEquals(2, line(again, acme.getId()).today().openTickets(), "computed now");
        assertEquals(0, again.snapshotsWritten(), "one snapshot per account per day");
        StoredHealthSnapshots snapshots = new StoredHealthSnapshots(store, clock);
        HealthSnapshot kept = snapshots.since(LocalDate.of(2026, 6, 15)).get(0);
        assertEquals(before, kept.health(), "the first of the day is kept");
        assertEquals(1, kept.openTickets());

        clock.advance(Duration.ofDays(7));
        records.clear();
        ticket(acme, "Data loss on export", TicketPriority.URGENT, Duration.ofHours(1));
        workspace.writer().saveTogether(records);
        TeamAccountsOverview.Overview week = overview.compute(Progress.NONE);

        TeamAccountsOverview.Line a = line(week, acme.getId());
        assertTrue(a.week().baseline().weekOld());
        assertEquals(LocalDate.of(2026, 6, 15), a.week().baseline().day());
        assertEquals(a.health().score() - before, a.week().healthDelta());
        assertEquals(1, week.weekOld());
        assertEquals(LocalDate.of(2026, 6, 15), week.usualBaseline());
        assertEquals(1, week.snapshotsWritten());
        assertEquals(2, snapshots.since(LocalDate.of(2026, 6, 1)).size());
        assertTrue(a.week().changes().stream().anyMatch(c -> c.kind() == WeeklyChange.Kind.TICKET
                && c.text().contains("'Data loss on export'")), a.week().changes().toString());
    }
}
