package com.nexuscrm.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.ProductUsage;
import com.nexuscrm.domain.SupportTicket;
import com.nexuscrm.domain.TicketPriority;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Churn features and labels on small examples checked by hand. */
class ChurnFeaturesTest {
    private static final Instant AS_OF = Instant.parse("2026-04-01T00:00:00Z");
    private final Account account = account();

    @Test
    void usageTicketsAndActivityAreReadStrictlyBeforeTheCutOff() {
        List<ProductUsage> usage = List.of(usage("2026-01-01", 10, 8, 100, 0.5), usage("2026-02-01", 10, 6, 60, 0.4),
                usage("2026-03-01", 10, 4, 20, 0.3),
                usage("2026-04-01", 10, 0, 0, 0.0)); // April is not over at the cut-off: never read
        List<SupportTicket> tickets = List.of(
                ticket("2026-03-20T10:00:00Z", "2026-04-05T10:00:00Z", TicketPriority.URGENT, 1), // open at the cut-off; its score came later
                ticket("2025-12-20T10:00:00Z", "2026-02-10T10:00:00Z", TicketPriority.NORMAL, 2),
                ticket("2026-04-02T10:00:00Z", null, TicketPriority.URGENT, null)); // after the cut-off
        Activity call = new Activity(UUID.randomUUID());
        call.setType(ActivityType.CALL);
        call.setOccurredAt(Instant.parse("2026-03-01T00:00:00Z"));
        Activity later = new Activity(UUID.randomUUID());
        later.setType(ActivityType.MEETING);
        later.setOccurredAt(Instant.parse("2026-04-10T00:00:00Z"));
        Deal won = new Deal(UUID.randomUUID());
        won.setStage(DealStage.CLOSED_WON);
        won.setClosedAt(Instant.parse("2025-06-15T00:00:00Z"));

        ChurnFeatures f = ChurnFeatures.asOf(AS_OF, account, usage, tickets, List.of(call, later), List.of(won));

        assertEquals(3.0, f.usageMonths());
        assertEquals(0.4, f.utilisation(), 1e-9, "4 of 10 seats in March");
        assertEquals(-0.2, f.utilisationSlope(), 1e-9, "0.8, 0.6, 0.4: down 20 points a month");
        assertEquals(5.0, f.sessionsPerUser(), 1e-9, "20 sessions / 4 users");
        assertEquals(-0.1, f.adoptionSlope(), 1e-9);
        assertEquals(0.0, f.seatChange(), 1e-9);
        assertEquals(1.0, f.tickets(), "opened within 90 days before the cut-off: the March one only");
        assertEquals(1.0, f.severeTickets());
        assertEquals(1.0, f.openTickets(), "closed after the cut-off counts as open then");
        assertEquals(2.0, f.satisfaction(), "only the ticket closed before the cut-off");
        assertEquals(11.58, f.daysSinceTicket(), 0.01, "March 20, 10:00 to April 1");
        assertEquals(1.0, f.activities());
        assertEquals(1.0, f.calls());
        assertEquals(31.0, f.daysSinceActivity(), 1e-9);
        assertEquals(2.0, f.monthsToRenewal(), "won in June, cut-off in April: anniversary in 2 months");
        assertEquals(290 / 30.4, f.tenureMonths(), 1e-9);
        assertEquals(1.0, f.dealsWon());
        assertEquals("Software", f.industry());
        assertTrue(f.enoughData());
    }

    @Test
    void anAccountWithNoUsageOrTicketsGetsNotEnoughDataInsteadOfANumber() {
        ChurnFeatures f = ChurnFeatures.asOf(AS_OF, account, List.of(), List.of(), List.of(), List.of());
        assertFalse(f.enoughData());
        assertNull(f.utilisation());
        assertNull(f.utilisationSlope());
        assertNull(f.satisfaction());
        assertNull(f.tenureMonths());
        ChurnPrior.Risk risk = ChurnPrior.assess(f);
        assertNull(risk.risk());
        assertEquals(List.of(ChurnPrior.notEnoughData()), risk.reasons());
        assertTrue(risk.reasons().get(0).text().startsWith("Not enough data"));
    }

    @Test
    void oneMonthOfUsageGivesLevelsButNoTrend() {
        ChurnFeatures f = ChurnFeatures.asOf(AS_OF, account, List.of(usage("2026-03-01", 20, 5, 50, 0.2)), List.of(), List.of(), List.of());
        assertEquals(0.25, f.utilisation(), 1e-9);
        assertNull(f.utilisationSlope(), "a slope needs two months");
        ChurnPrior.Risk risk = ChurnPrior.assess(f);
        assertEquals(ChurnPrior.BASE + 15, risk.risk(), "low utilisation only");
        assertTrue(risk.reasons().stream().anyMatch(r -> r.text().equals("Only 25% of seats active last month") && r.points() == 15),
                risk.reasons().toString());
    }

    @Test
    void churnIsTheMonthAfterTheLastUsageOnceTwoLaterMonthsAreSilent() {
        List<ProductUsage> stopped = List.of(usage("2026-01-01", 5, 5, 10, 0.5), usage("2026-02-01", 5, 4, 10, 0.5));
        LocalDate end = LocalDate.of(2026, 4, 1);
        assertEquals(LocalDate.of(2026, 3, 1), ChurnHistory.churnMonth(stopped, end));
        assertNull(ChurnHistory.churnMonth(stopped, LocalDate.of(2026, 3, 1)), "one silent month is not yet churn");
        assertEquals(LocalDate.of(2026, 1, 1), ChurnHistory.latestCutOff(end));
        assertTrue(ChurnHistory.activeAt(stopped, LocalDate.of(2026, 2, 1)));
        assertFalse(ChurnHistory.activeAt(stopped, LocalDate.of(2026, 4, 1)));
        assertEquals(1, ChurnHistory.label(stopped, LocalDate.of(2026, 1, 1), end), "churned in March: within 3 months of January");
        assertEquals(0, ChurnHistory.label(stopped, LocalDate.of(2025, 12, 1), end), "March is 3 months after December: outside");
        List<ProductUsage> stays = List.of(usage("2026-01-01", 5, 5, 10, 0.5), usage("2026-04-01", 5, 5, 10, 0.5));
        assertNull(ChurnHistory.churnMonth(stays, end));
        assertEquals(0, ChurnHistory.label(stays, LocalDate.of(2026, 1, 1), end));
    }

    private static Account account() {
        Account a = new Account(UUID.randomUUID());
        a.setName("Acme");
        a.setIndustry(" Software ");
        a.setEmployees(120);
        return a;
    }

    private ProductUsage usage(String month, int seats, int active, int sessions, double adoption) {
        ProductUsage u = new ProductUsage(UUID.randomUUID());
        u.setAccountId(account.getId());
        u.setPeriodStart(LocalDate.parse(month));
        u.setSeats(seats);
        u.setActiveUsers(active);
        u.setSessions(sessions);
        u.setFeatureAdoption(adoption);
        return u;
    }

    private SupportTicket ticket(String opened, String closed, TicketPriority priority, Integer satisfaction) {
        SupportTicket t = new SupportTicket(UUID.randomUUID());
        t.setAccountId(account.getId());
        t.setOpenedAt(Instant.parse(opened));
        t.setClosedAt(closed == null ? null : Instant.parse(closed));
        t.setPriority(priority);
        t.setSatisfaction(satisfaction);
        return t;
    }
}
