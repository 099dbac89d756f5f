package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import com.nexuscrm.domain.account.AccountFacts;
import com.nexuscrm.domain.account.AccountReport;
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
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An account with five years of history (5,000 activities, 300 tickets, 60 usage months, 40 analysed calls) among
 * 300 customers: everything is read, and the time of a warm report is printed for docs/benchmarks.md (not asserted:
 * timings are the benchmarks' business).
 */
@Tag("slow")
class AccountInsightsScaleTest {
    private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");
    private static final ActivityType[] TYPES = {ActivityType.EMAIL, ActivityType.CALL, ActivityType.MEETING,
            ActivityType.NOTE, ActivityType.TASK};
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
    void fiveYearsOfHistoryAreReadWhole() {
        Random random = new Random(16);
        try (WorkspaceStore store = WorkspaceStore.create(dir, "scale pass".toCharArray())) {
            Workspace workspace = Workspace.over(store);
            SalesTeams org = new SalesTeams();
            Team team = org.team("Enterprise", "ENT");
            rep = org.rep("Rita Rep", team, "UTC");
            records.add(team);
            records.add(rep);
            Account big = customer("Big Account", 2000, random);
            List<Contact> people = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Contact c = own(new Contact(Ids.newId()));
                c.setAccountId(big.getId());
                c.setFirstName("Person" + i);
                c.setLastName("Big");
                c.setTitle(i % 4 == 0 ? "Director of IT" : "Analyst");
                c.setCreatedAt(NOW.minus(Duration.ofDays(1900)));
                people.add(c);
            }
            for (int i = 0; i < 5000; i++) {
                Activity a = own(new Activity(Ids.newId()));
                a.setType(TYPES[random.nextInt(TYPES.length)]);
                a.setSubject("Touch " + i);
                a.setBody("Body text of activity " + i + " ".repeat(200));
                a.setAccountId(big.getId());
                a.setContactId(people.get(random.nextInt(people.size())).getId());
                a.setOccurredAt(NOW.minus(Duration.ofMinutes(random.nextInt(5 * 365 * 24 * 60))));
                a.setOutcome(a.getType() == ActivityType.CALL || a.getType() == ActivityType.EMAIL
                        ? OUTCOMES[random.nextInt(OUTCOMES.length)] : null);
                if (a.getType() == ActivityType.TASK) {
                    a.setDueAt(a.getOccurredAt().plus(Duration.ofDays(3)));
                }
                if (a.getType() == ActivityType.CALL && i % 25 == 0) {
                    CallRecording r = own(new CallRecording(Ids.newId()));
                    r.setActivityId(a.getId());
                    r.setStatus("ANALYSED");
                    r.setCallAt(a.getOccurredAt());
                    r.setFileName("call" + i + ".wav");
                    r.setAnalysisJson(CallAnalysisJson.write(analysis(random.nextDouble() - 0.3)));
                }
            }
            for (int i = 0; i < 300; i++) {
                SupportTicket t = own(new SupportTicket(Ids.newId()));
                t.setAccountId(big.getId());
                t.setSubject("Ticket " + i);
                t.setPriority(TicketPriority.values()[random.nextInt(4)]);
                t.setOpenedAt(NOW.minus(Duration.ofHours(random.nextInt(5 * 365 * 24))));
                t.setStatus(i % 30 == 0 ? TicketStatus.OPEN : TicketStatus.CLOSED);
                t.setClosedAt(t.getStatus() == TicketStatus.OPEN ? null : t.getOpenedAt().plus(Duration.ofDays(2)));
            }
            usage(big, 60, 200, random);
            for (int i = 0; i < 300; i++) {
                usage(customer("Customer " + i, 50 + random.nextInt(5000), random), 12, 20 + random.nextInt(200), random);
            }
            for (int from = 0; from < records.size(); from += 2000) {
                workspace.writer().saveTogether(records.subList(from, Math.min(records.size(), from + 2000)));
            }

            AccountInsights insights = new AccountInsights(workspace, new MutableClock(NOW));
            insights.report(big.getId());
            long start = System.nanoTime();
            AccountReport report = insights.report(big.getId());
            long ms = (System.nanoTime() - start) / 1_000_000;
            AccountFacts facts = insights.facts(big.getId());
            long[] times = new long[3];
            for (int i = 0; i < 10; i++) {
                long t0 = System.nanoTime();
                AccountFacts fx = insights.facts(big.getId());
                long t1 = System.nanoTime();
                insights.report(big.getId());
                long t2 = System.nanoTime();
                times[0] += t1 - t0;
                times[1] += t2 - t1;
                com.nexuscrm.domain.account.AccountHealth.of(fx);
                times[2] += System.nanoTime() - t2;
            }
            System.out.println("AccountInsights, mean of 10 more: facts read " + times[0] / 10_000_000 + " ms, report "
                    + times[1] / 10_000_000 + " ms, health rule alone " + times[2] / 10_000_000 + " ms");
            System.out.println("AccountInsights on 5,000 activities, 300 tickets, 60 months, 300 peers: second report "
                    + ms + " ms");

            assertEquals(5000, facts.activities().size());
            assertEquals(300, facts.tickets().size());
            assertEquals(60, facts.usage().size());
            assertEquals(AccountInsights.CALLS_READ, facts.calls().size(), "only the newest analysed calls are parsed");
            assertTrue(report.health().enoughData());
            assertEquals(20, report.relationships().contacts().size());
            assertEquals(10, report.upsell().neighbours().size());
        }
    }

    private Account customer(String name, int employees, Random random) {
        Account a = own(new Account(Ids.newId()));
        a.setName(name);
        a.setIndustry(random.nextBoolean() ? "Software" : "Retail");
        a.setEmployees(employees);
        a.setAnnualRevenue(BigDecimal.valueOf(employees * 100_000L));
        a.setCreatedAt(NOW.minus(Duration.ofDays(2000)));
        Deal d = own(new Deal(Ids.newId()));
        d.setName(name + " deal");
        d.setAccountId(a.getId());
        d.setStage(DealStage.CLOSED_WON);
        d.setCurrency("USD");
        d.setCloseDate(LocalDate.of(2021, 9, 1));
        d.setCreatedAt(NOW.minus(Duration.ofDays(1900)));
        d.setClosedAt(NOW.minus(Duration.ofDays(1800)));
        BigDecimal sum = item(d, "Plan (per seat, annual)", 50, 600);
        if (random.nextBoolean()) {
            sum = sum.add(item(d, "Onboarding package", 1, 1000 + random.nextInt(5000)));
        }
        d.setAmount(sum);
        return a;
    }

    private BigDecimal item(Deal d, String product, int quantity, int price) {
        DealLineItem li = own(new DealLineItem(Ids.newId()));
        li.setDealId(d.getId());
        li.setProduct(product);
        li.setQuantity(quantity);
        li.setUnitPrice(BigDecimal.valueOf(price));
        return li.total();
    }

    private void usage(Account a, int months, int seats, Random random) {
        LocalDate month = LocalDate.of(2026, 6, 1).minusMonths(months - 1L);
        for (int i = 0; i < months; i++, month = month.plusMonths(1)) {
            ProductUsage u = own(new ProductUsage(Ids.newId()));
            u.setAccountId(a.getId());
            u.setPeriodStart(month);
            u.setSeats(seats);
            u.setActiveUsers(random.nextInt(seats + 1));
            u.setSessions(u.getActiveUsers() * 12);
            u.setFeatureAdoption(random.nextDouble());
        }
    }

    private static CallAnalysis analysis(double sentiment) {
        SideMetrics customer = new SideMetrics(Speaker.CUSTOMER, 30, 0.5, null, 60, 120, 0, 0, sentiment);
        return new CallAnalysis(60, true, List.of(customer), null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), null, List.of(), List.of(),
                List.of(new ActionItem(new Evidence(Speaker.REP, 10, 12, "send the security questionnaire"), "")),
                List.of(), List.of());
    }
}
