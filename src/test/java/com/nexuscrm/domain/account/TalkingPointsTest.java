package com.nexuscrm.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.DealSummary;
import com.nexuscrm.domain.TicketPriority;
import com.nexuscrm.domain.account.TalkingPoints.Point;
import com.nexuscrm.domain.account.TalkingPoints.Topic;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TalkingPointsTest {

    private static List<Point> points(AccountFacts f) {
        return TalkingPoints.of(f, AccountHealth.of(f), Upsell.of(f, List.of()), RelationshipStrength.of(f));
    }

    private static List<Point> of(List<Point> points, Topic topic) {
        return points.stream().filter(p -> p.topic() == topic).toList();
    }

    @Test
    void anEmptyHistoryHasNothingToSay() {
        assertTrue(points(new FactsBuilder().build()).isEmpty());
    }

    @Test
    void openTicketsMostSevereFirstAtMostThreeEachWithItsTicket() {
        FactsBuilder b = new FactsBuilder();
        b.ticket("Export to Excel", TicketPriority.LOW, 3, null);
        AccountTicket sso = b.ticket("SSO login loop", TicketPriority.URGENT, 12, null);
        b.ticket("Slow search", TicketPriority.HIGH, 5, null);
        b.ticket("Invoice question", TicketPriority.NORMAL, 4, null);
        b.ticket("Closed one", TicketPriority.URGENT, 30, 20.0);
        List<Point> tickets = of(points(b.build()), Topic.TICKET);
        assertEquals(3, tickets.size());
        assertEquals("Address ticket 'SSO login loop' (urgent, open 12 days)", tickets.get(0).text());
        assertEquals(sso.id(), tickets.get(0).evidence().get(0).recordId());
        assertTrue(tickets.get(1).text().contains("Slow search"));
        assertTrue(tickets.get(2).text().contains("Invoice question"));
    }

    @Test
    void adoptionHighlightsGrowthAndRisks() {
        FactsBuilder b = new FactsBuilder().usage(10, 0.5, 5, 6, 7, 9);
        b.deals.add(new DealSummary(b.id(), "Renewal 2026", DealStage.NEGOTIATION, BigDecimal.TEN, "EUR",
                LocalDate.of(2026, 6, 1)));
        b.deals.add(new DealSummary(b.id(), "Won long ago", DealStage.CLOSED_WON, BigDecimal.TEN, "EUR",
                LocalDate.of(2025, 6, 1)));
        List<Point> p = points(b.build());
        List<Point> adoption = of(p, Topic.ADOPTION);
        assertEquals("Active users up from 5 to 9 since 2026-03-01", adoption.get(0).text());
        assertEquals("9 of 10 seats in use (90%)", adoption.get(1).text());
        assertEquals(1, of(p, Topic.GROWTH).size(), "near the limit: one growth point");
        assertEquals(List.of("Open deal 'Renewal 2026' is past its close date 2026-06-01"),
                of(p, Topic.RISK).stream().map(Point::text).toList());
    }

    @Test
    void theLastCallsNextStepsSayWhetherTheyHappened() {
        FactsBuilder b = new FactsBuilder();
        b.call(30, 0.1, "send over the old contract");
        AnalysedCall last = b.call(10, 0.2, "i will send the pricing proposal by friday", "we set up a security review",
                "book the onboarding workshop");
        b.activity(ActivityType.EMAIL, "Pricing proposal for Acme", null, null, 12, null); // before the call
        AccountActivity done = b.task("Send pricing proposal", 8, true);
        AccountActivity open = b.task("Onboarding workshop invite", 7, false);
        List<Point> steps = of(points(b.build()), Topic.NEXT_STEP);

        assertEquals(3, steps.size(), "only the last call with next steps");
        assertTrue(steps.get(0).text().endsWith("done: task 'Send pricing proposal' on 2026-06-07"), steps.get(0).text());
        assertEquals(done.id(), steps.get(0).evidence().get(1).recordId());
        assertEquals(last.recordingId(), steps.get(0).evidence().get(0).recordId());
        assertTrue(steps.get(1).text().endsWith("no sign it happened"), steps.get(1).text());
        assertTrue(steps.get(2).text().contains("planned: task 'Onboarding workshop invite'"), steps.get(2).text());
        assertEquals(open.id(), steps.get(2).evidence().get(1).recordId());
    }

    @Test
    void aHealthDropOfTenPointsIsARiskAndNineIsNot() {
        FactsBuilder b = new FactsBuilder().usage(10, 0.5, 5, 5, 5, 5, 5, 5);
        // Usage 0.5 and tickets 1 throughout; engagement 1 ninety days ago (six two-way contacts), 0 now:
        // (35 × 0.5 + 25 + 20) / 80 = 78 then, (35 × 0.5 + 25) / 80 = 53 now.
        for (int i = 0; i < 6; i++) {
            b.activity(ActivityType.CALL, "Call", null, null, 100 + i, "Connected");
        }
        List<Point> risks = of(points(b.build()), Topic.RISK);
        assertEquals("Health down 25 points to 53 in 90 days", risks.get(0).text());
        AccountHealth small = new AccountHealth(60, 69, List.of(), List.of(), "");
        assertTrue(TalkingPoints.risks(b.build(), small, RelationshipStrength.of(b.build())).isEmpty());
        AccountHealth ten = new AccountHealth(60, 70, List.of(), List.of(), "");
        assertEquals(1, TalkingPoints.risks(b.build(), ten, RelationshipStrength.of(b.build())).size());
    }
}
