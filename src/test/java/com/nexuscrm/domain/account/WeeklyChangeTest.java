package com.nexuscrm.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.TicketPriority;
import com.nexuscrm.domain.TicketStatus;
import com.nexuscrm.domain.account.TeamAccountHistory.TeamDeal;
import com.nexuscrm.domain.account.WeeklyChange.Kind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What changed this week, on hand-checked snapshots and events (today 15 June 2026, noon UTC). */
class WeeklyChangeTest {
    private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final UUID ACME = UUID.fromString("00000000-0000-0000-0000-0000000000a1");

    private static HealthSnapshot snap(LocalDate day, Integer health, Integer churn, Integer active, int champions) {
        return new HealthSnapshot(ACME, day, health, churn, 1, active, champions);
    }

    private static AccountTicket ticket(String subject, TicketPriority p, Duration ago) {
        return new AccountTicket(UUID.randomUUID(), subject, p, TicketStatus.OPEN, NOW.minus(ago), null);
    }

    @Test
    void theBaselineIsTheNewestSnapshotAWeekOldElseTheOldestOfTheWeekElseNone() {
        HealthSnapshot june1 = snap(LocalDate.of(2026, 6, 1), 70, 10, 40, 1);
        HealthSnapshot june8 = snap(LocalDate.of(2026, 6, 8), 65, 12, 40, 1);
        HealthSnapshot june10 = snap(LocalDate.of(2026, 6, 10), 60, 12, 40, 1);
        HealthSnapshot june12 = snap(LocalDate.of(2026, 6, 12), 58, 12, 40, 1);
        HealthSnapshot today = snap(TODAY, 50, 20, 40, 1);

        WeeklyChange.Baseline b = WeeklyChange.baseline(List.of(june1, june8, june10, june12, today), TODAY);
        assertEquals(june8, b.snapshot(), "8 June is exactly 7 days ago and newer than 1 June");
        assertTrue(b.weekOld());

        WeeklyChange.Baseline young = WeeklyChange.baseline(List.of(june12, june10, today), TODAY);
        assertEquals(june10, young.snapshot(), "none a week old: the oldest of the week");
        assertFalse(young.weekOld());

        assertNull(WeeklyChange.baseline(List.of(today), TODAY), "today's own snapshot is no baseline");
        assertNull(WeeklyChange.baseline(List.of(snap(LocalDate.of(2026, 5, 1), 80, 5, 40, 1)), TODAY),
                "older than the 30-day look-back");
    }

    @Test
    void healthChurnUsageAndChampionChangesAgainstAWeekOldSnapshot() {
        HealthSnapshot was = snap(LocalDate.of(2026, 6, 8), 72, 12, 40, 2);
        HealthSnapshot now = snap(TODAY, 61, 34, 28, 1);

        WeeklyChange.Result r = WeeklyChange.of(now, List.of(was), List.of(), List.of(), NOW, UTC);

        assertEquals(-11, r.healthDelta());
        assertEquals(22, r.churnDelta());
        assertEquals(List.of(Kind.HEALTH, Kind.CHURN, Kind.USAGE, Kind.CHAMPION), r.changes().stream().map(WeeklyChange.Change::kind).toList());
        assertEquals("Health down from 72 to 61 since 2026-06-08", r.changes().get(0).text());
        assertEquals("Churn risk up from 12 (Low) to 34 (High) since 2026-06-08", r.changes().get(1).text());
        assertEquals("Active users down from 40 to 28 (−30%) since 2026-06-08", r.changes().get(2).text(),
                "12 of 40 is 30%, over the 20% threshold");
        assertEquals("A champion left: 2 champion contacts since 2026-06-08, 1 now", r.changes().get(3).text());
        assertEquals("health −11 · churn +22 · usage −30% · champion left", r.summary());
        assertEquals(RecordRef.account(ACME), r.changes().get(0).evidence());
    }

    @Test
    void smallMovesAreNotChangesButABandCrossingIs() {
        HealthSnapshot was = snap(LocalDate.of(2026, 6, 8), 72, 13, 40, 1);
        HealthSnapshot now = snap(TODAY, 69, 16, 33, 1);

        WeeklyChange.Result r = WeeklyChange.of(now, List.of(was), List.of(), List.of(), NOW, UTC);

        assertEquals(-3, r.healthDelta(), "the delta is kept for the trend");
        assertEquals(List.of(Kind.CHURN), r.changes().stream().map(WeeklyChange.Change::kind).toList(),
                "health −3 is under 5; churn +3 crosses from Low (13) to Medium (16); 7 of 40 users is 17.5%, under 20%");
    }

    @Test
    void withoutABaselineOnlyTheWeeksTicketsAndClosedDealsShow() {
        HealthSnapshot now = snap(TODAY, 50, 40, 10, 0);
        List<AccountTicket> tickets = List.of(
                ticket("SSO login loop", TicketPriority.URGENT, Duration.ofDays(2)),
                ticket("Typo on invoice", TicketPriority.LOW, Duration.ofDays(1)),
                ticket("Export broken", TicketPriority.HIGH, Duration.ofDays(8)));
        UUID won = UUID.randomUUID();
        List<TeamDeal> deals = List.of(
                new TeamDeal(won, "Acme expansion", DealStage.CLOSED_WON, new BigDecimal("12000"), "USD",
                        LocalDate.of(2026, 6, 30), NOW.minus(Duration.ofDays(3))),
                new TeamDeal(UUID.randomUUID(), "Acme add-on", DealStage.CLOSED_LOST, null, null,
                        LocalDate.of(2026, 6, 14), null),
                new TeamDeal(UUID.randomUUID(), "Acme old", DealStage.CLOSED_LOST, null, null, null,
                        NOW.minus(Duration.ofDays(9))),
                new TeamDeal(UUID.randomUUID(), "Acme open", DealStage.PROPOSAL, null, null, TODAY, null));

        WeeklyChange.Result r = WeeklyChange.of(now, List.of(now), tickets, deals, NOW, UTC);

        assertNull(r.baseline());
        assertNull(r.healthDelta());
        assertEquals(List.of("New urgent ticket 'SSO login loop' opened 2026-06-13 (open)",
                "Deal 'Acme expansion' won, USD 12,000 on 2026-06-12",
                "Deal 'Acme add-on' lost on 2026-06-14"), r.changes().stream().map(WeeklyChange.Change::text).toList(),
                "the low ticket, the 8-day-old ticket, the 9-day-old loss and the open deal are not this week's changes;"
                        + " a deal without a close time counts from its close date");
        assertEquals(RecordRef.deal(won), r.changes().get(1).evidence());
        assertEquals("urgent ticket · deal won · deal lost", r.summary());
    }

    @Test
    void nothingChangedSaysSo() {
        HealthSnapshot was = snap(LocalDate.of(2026, 6, 7), 70, 10, 40, 1);
        WeeklyChange.Result r = WeeklyChange.of(snap(TODAY, 70, null, 40, 1), List.of(was), List.of(), List.of(), NOW, UTC);
        assertEquals(0, r.healthDelta());
        assertNull(r.churnDelta(), "no churn score today: no delta");
        assertEquals("No change", r.summary());
    }
}
