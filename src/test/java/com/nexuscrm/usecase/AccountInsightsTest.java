package com.nexuscrm.usecase;

import com.nexuscrm.domain.ScoreFactor;
import com.nexuscrm.domain.AccountScore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.conversation.CallAnalysisJson;
import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.CallRecording;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealLineItem;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.ProductUsage;
import com.nexuscrm.domain.SupportTicket;
import com.nexuscrm.domain.SyncedRecord;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.TicketPriority;
import com.nexuscrm.domain.TicketStatus;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.account.AccountReport;
import com.nexuscrm.domain.account.RetentionRisk;
import com.nexuscrm.domain.account.TalkingPoints;
import com.nexuscrm.domain.account.Upsell;
import com.nexuscrm.domain.call.ActionItem;
import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.domain.call.Evidence;
import com.nexuscrm.domain.call.SideMetrics;
import com.nexuscrm.domain.call.Speaker;
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
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Account insights on a real encrypted workspace: Acme (a customer with usage near its limit, tickets, an analysed
 * call with a next step, contacts and a won deal), two similar customers owning onboarding, and an empty account.
 */
class AccountInsightsTest {
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
        store = WorkspaceStore.create(dir, "insight pass".toCharArray());
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

    private Account account(String name, int employees) {
        Account a = own(new Account(Ids.newId()));
        a.setName(name);
        a.setIndustry("Software");
        a.setEmployees(employees);
        a.setAnnualRevenue(new BigDecimal("20000000"));
        a.setCreatedAt(NOW.minus(Duration.ofDays(400)));
        return a;
    }

    private void won(Account a, String... productsAndTotals) {
        Deal d = own(new Deal(Ids.newId()));
        d.setName(a.getName() + " first year");
        d.setAccountId(a.getId());
        d.setStage(DealStage.CLOSED_WON);
        d.setCurrency("USD");
        d.setCloseDate(LocalDate.of(2025, 9, 1));
        d.setCreatedAt(NOW.minus(Duration.ofDays(350)));
        d.setClosedAt(NOW.minus(Duration.ofDays(300)));
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < productsAndTotals.length; i += 2) {
            DealLineItem li = own(new DealLineItem(Ids.newId()));
            li.setDealId(d.getId());
            li.setProduct(productsAndTotals[i]);
            li.setQuantity(productsAndTotals[i].contains("seat") ? 20 : 1);
            li.setUnitPrice(new BigDecimal(productsAndTotals[i + 1]).divide(BigDecimal.valueOf(li.getQuantity())));
            sum = sum.add(li.total());
        }
        d.setAmount(sum);
    }

    private void usage(Account a, int seats, int... active) {
        LocalDate month = LocalDate.of(2026, 6, 1).minusMonths(active.length - 1L);
        for (int n : active) {
            ProductUsage u = own(new ProductUsage(Ids.newId()));
            u.setAccountId(a.getId());
            u.setPeriodStart(month);
            u.setSeats(seats);
            u.setActiveUsers(n);
            u.setSessions(n * 10);
            u.setFeatureAdoption(0.5);
            month = month.plusMonths(1);
        }
    }

    private Activity activity(Account a, ActivityType type, String subject, UUID contact, int daysAgo, String outcome) {
        Activity x = own(new Activity(Ids.newId()));
        x.setType(type);
        x.setSubject(subject);
        x.setAccountId(a.getId());
        x.setContactId(contact);
        x.setOccurredAt(NOW.minus(Duration.ofDays(daysAgo)));
        x.setOutcome(outcome);
        if (type == ActivityType.TASK) {
            x.setDueAt(x.getOccurredAt().plus(Duration.ofDays(2)));
        }
        return x;
    }

    private Account acme() {
        Account acme = account("Acme Analytics", 200);
        won(acme, "Team plan (per seat, annual)", "12000");
        usage(acme, 20, 15, 16, 17, 18, 19, 19);
        Contact vera = own(new Contact(Ids.newId()));
        vera.setAccountId(acme.getId());
        vera.setFirstName("Vera");
        vera.setLastName("Vance");
        vera.setTitle("VP Operations");
        vera.setCreatedAt(NOW.minus(Duration.ofDays(300)));
        SupportTicket t = own(new SupportTicket(Ids.newId()));
        t.setAccountId(acme.getId());
        t.setSubject("SSO login loop");
        t.setPriority(TicketPriority.URGENT);
        t.setStatus(TicketStatus.OPEN);
        t.setOpenedAt(NOW.minus(Duration.ofDays(4)));
        Activity call = activity(acme, ActivityType.CALL, "Quarterly check-in", vera.getId(), 10, "Connected");
        activity(acme, ActivityType.EMAIL, "Re: renewal", vera.getId(), 20, "Replied");
        activity(acme, ActivityType.TASK, "Send pricing proposal", null, 8, null).setDone(true);
        CallRecording r = own(new CallRecording(Ids.newId()));
        r.setActivityId(call.getId());
        r.setStatus("ANALYSED");
        r.setCallAt(call.getOccurredAt());
        r.setFileName("checkin.wav");
        r.setAnalysisJson(CallAnalysisJson.write(analysis(0.4, "i will send the pricing proposal by friday")));
        return acme;
    }

    private static CallAnalysis analysis(double customerSentiment, String nextStep) {
        SideMetrics customer = new SideMetrics(Speaker.CUSTOMER, 30, 0.5, null, 60, 120, 0, 0, customerSentiment);
        return new CallAnalysis(60, true, List.of(customer), null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), null, List.of(), List.of(),
                List.of(new ActionItem(new Evidence(Speaker.REP, 10, 12, nextStep), "friday")), List.of(), List.of());
    }

    @Test
    void aCustomersInsightsComeFromItsStoredRecords() {
        Account acme = acme();
        Account peerA = account("Beta Soft", 180);
        won(peerA, "Team plan (per seat, annual)", "10000", "Onboarding package", "5000");
        Account peerB = account("Gamma Soft", 220);
        won(peerB, "Team plan (per seat, annual)", "14000", "Onboarding package", "7000");
        workspace.writer().saveTogether(records);

        AccountReport r = new AccountInsights(workspace, clock).report(acme.getId());

        assertEquals("Acme Analytics", r.account().name());
        assertTrue(r.health().enoughData());
        assertEquals(4, r.health().components().stream().filter(c -> c.value() != null).count(),
                "usage, tickets, call sentiment and engagement all have data");
        assertEquals(0.7, r.health().components().get(2).value(), 1e-9, "the call's customer sentiment +0.4");
        Upsell.Opportunity best = r.upsell().best().orElseThrow();
        assertEquals("Onboarding package", best.title());
        assertEquals(new BigDecimal("6000"), best.value(), "median of 5,000 and 7,000");
        assertTrue(r.upsell().opportunities().stream().anyMatch(o -> o.type() == Upsell.Type.NEAR_LIMIT
                && new BigDecimal("2400").equals(o.value())), "19 of 20 seats: 4 seats at 600");
        assertEquals("Vera Vance", r.relationships().contacts().get(0).name());
        assertEquals("Rita Rep", r.relationships().contacts().get(0).knownBy().get(0).userName());
        List<TalkingPoints.Point> steps = r.talkingPoints().stream()
                .filter(p -> p.topic() == TalkingPoints.Topic.NEXT_STEP).toList();
        assertEquals(1, steps.size());
        assertTrue(steps.get(0).text().contains("done: task 'Send pricing proposal'"), steps.get(0).text());
        assertEquals("SSO login loop", r.openTickets().get(0).subject());
        assertTrue(r.talkingPoints().get(0).text().contains("SSO login loop"));
        assertEquals(12, r.engagement().months().size());
        assertEquals(19, r.engagement().months().get(11).activeUsers());
        assertNull(r.churnRisk(), "no churn model supplied");
    }

    @Test
    void anEmptyAccountSaysNotEnoughDataEverywhere() {
        Account empty = account("Empty Ltd", 10);
        workspace.writer().saveTogether(records);
        AccountReport r = new AccountInsights(workspace, clock).report(empty.getId());
        assertTrue(r.health().note().startsWith("Not enough data"));
        assertTrue(r.upsell().note().startsWith("Not enough data"));
        assertTrue(r.relationships().note().startsWith("Not enough data"));
        assertTrue(r.engagement().note().startsWith("Not enough data"));
        assertTrue(r.talkingPoints().isEmpty());
    }

    @Test
    void namesResolveToOneAccountOrAClearErrorListingTheCandidates() {
        account("Acme Analytics", 200);
        account("Acme Robotics", 50);
        Account beta = account("Beta Soft", 180);
        workspace.writer().saveTogether(records);
        AccountInsights insights = new AccountInsights(workspace, clock);

        assertEquals(beta.getId(), insights.find("beta").id());
        assertEquals(beta.getId(), insights.find(beta.getId().toString()).id());
        IllegalArgumentException many = assertThrows(IllegalArgumentException.class, () -> insights.find("acme"));
        assertTrue(many.getMessage().contains("matches 2 accounts") && many.getMessage().contains("Acme Robotics"),
                many.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> insights.find("Zeta"));
        assertTrue(none.getMessage().contains("No account is named 'Zeta'"));
        assertThrows(IllegalArgumentException.class, () -> insights.find(UUID.randomUUID().toString()));
        assertThrows(NoSuchElementException.class, () -> insights.report(UUID.randomUUID()));
    }

    @Test
    void aChurnSourceIsCarriedThrough() {
        Account acme = acme();
        workspace.writer().saveTogether(records);
        RetentionRisk risk = new RetentionRisk(0.3, "Medium", List.of("usage falling"), "churn-1");
        AccountReport r = new AccountInsights(workspace, clock).withChurn(id -> Optional.of(risk)).report(acme.getId());
        assertEquals(risk, r.churn().orElseThrow());
    }

    @Test
    void theStoredChurnScoreIsTheRiskAndAHighOneIsRaisedFirst() {
        Account acme = acme();
        workspace.writer().saveTogether(records);
        assertTrue(new AccountInsights(workspace, clock).report(acme.getId()).churn().isEmpty(), "no score, no risk");

        workspace.accountScores().write(List.of(new AccountScore(acme.getId(), 42,
                List.of(new ScoreFactor("Active users down 30% in 3 months", 12)), "churn-3", NOW)));
        AccountReport r = new AccountInsights(workspace, clock).report(acme.getId());
        RetentionRisk risk = r.churn().orElseThrow();
        assertEquals(0.42, risk.probability(), 1e-9);
        assertEquals(RetentionRisk.HIGH, risk.band());
        assertEquals(List.of("Active users down 30% in 3 months"), risk.reasons());
        TalkingPoints.Point first = r.talkingPoints().get(0);
        assertEquals(TalkingPoints.Topic.RISK, first.topic());
        assertTrue(first.text().startsWith("Churn risk high: 42%"), first.text());
        assertEquals("Active users down 30% in 3 months", first.evidence().get(0).text());

        workspace.accountScores().write(List.of(new AccountScore(acme.getId(), 29, List.of(), "churn-3", NOW)));
        AccountReport medium = new AccountInsights(workspace, clock).report(acme.getId());
        assertEquals(RetentionRisk.MEDIUM, medium.churn().orElseThrow().band());
        assertTrue(medium.talkingPoints().stream().noneMatch(p -> p.text().startsWith("Churn risk")), "only a high risk is raised");
    }
}
