package com.nexuscrm.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.TicketPriority;
import org.junit.jupiter.api.Test;

class AccountHealthTest {

    @Test
    void anEmptyHistoryHasNoScoreAndSaysSo() {
        AccountHealth h = AccountHealth.of(new FactsBuilder().build());
        assertNull(h.score());
        assertNull(h.trend());
        assertTrue(h.note().startsWith("Not enough data"), h.note());
        assertEquals("Not enough data", h.band());
        assertTrue(h.components().stream().allMatch(c -> c.value() == null));
    }

    /**
     * Usage: 8,8,8 then 7,7,7 of 10 seats, adoption 0.5: 0.7×0.7 + 0.3×0.5 − 0.125 = 0.515.
     * Tickets: urgent (25) and low (2) opened in the period, a normal one open from before (5): 1 − 32/100 = 0.68.
     * Calls: one at +0.4: 0.7. Engagement: a reply, a connected call, a meeting held: 3/6 = 0.5 (the unanswered email
     * does not count). Score = (35×0.515 + 25×0.68 + 20×0.7 + 20×0.5) / 100 = 59.
     * Ninety days earlier (15 March): usage Jan–Mar only, 8 of 10, no change: 0.71; tickets: the normal one open, 0.95;
     * no call, no activity yet: (35×0.71 + 25×0.95) / 60 = 81. Trend −22.
     */
    @Test
    void theScoreIsTheWeightedMeanOfItsComponentsWithItsTrend() {
        FactsBuilder b = new FactsBuilder().usage(10, 0.5, 8, 8, 8, 7, 7, 7);
        b.ticket("SSO login loop", TicketPriority.URGENT, 10, null);
        b.ticket("Invoice question", TicketPriority.LOW, 20, 18.0);
        b.ticket("Export to Excel", TicketPriority.NORMAL, 200, null);
        b.call(5, 0.4);
        b.activity(ActivityType.EMAIL, "Re: renewal", null, null, 30, "Replied");
        b.activity(ActivityType.CALL, "Check-in", null, null, 20, "Connected");
        b.activity(ActivityType.MEETING, "QBR", null, null, 10, null);
        b.activity(ActivityType.EMAIL, "Newsletter", null, null, 5, null);
        AccountHealth h = AccountHealth.of(b.build());

        assertEquals(0.515, h.components().get(0).value(), 1e-9);
        assertEquals(0.68, h.components().get(1).value(), 1e-9);
        assertEquals(0.7, h.components().get(2).value(), 1e-9);
        assertEquals(0.5, h.components().get(3).value(), 1e-9);
        assertEquals(59, h.score());
        assertEquals(81, h.previousScore());
        assertEquals(-22, h.trend());
        assertEquals("Watch", h.band());
        assertTrue(h.evidence().stream().anyMatch(e -> e.kind() == AccountEvidence.Kind.TICKET
                && e.text().contains("SSO login loop")), "the urgent ticket is evidence");
        assertTrue(h.evidence().stream().anyMatch(e -> e.text().contains("7 of 10 seats active")));
        assertTrue(h.evidence().stream().anyMatch(e -> e.text().contains("down 22 from 81")));
    }

    @Test
    void aProspectWithOnlyActivitiesHasNoHealthButItsEngagementIsShown() {
        FactsBuilder b = new FactsBuilder();
        b.activity(ActivityType.CALL, "Intro", null, null, 3, "Connected");
        AccountHealth h = AccountHealth.of(b.build());
        assertNull(h.components().get(1).value(), "no tickets and no usage: not a customer, tickets not scored");
        assertEquals(1 / 6.0, h.components().get(3).value(), 1e-9, "1 two-way contact of 6");
        assertNull(h.score(), "engagement alone is not customer health");
        assertTrue(h.note().contains("engagement alone is not health: 1 two-way contacts"), h.note());
    }

    @Test
    void oneAnalysedCallWithEngagementIsEnoughForAScore() {
        FactsBuilder b = new FactsBuilder();
        b.activity(ActivityType.CALL, "Intro", null, null, 3, "Connected");
        b.call(3, 0.0);
        AccountHealth h = AccountHealth.of(b.build());
        assertEquals(33, h.score(), "(20 × 0.5 + 20 × 1/6) / 40 = 0.333");
        assertNull(h.previousScore(), "nothing was known 90 days ago");
        assertTrue(h.evidence().stream().anyMatch(e -> e.text().startsWith("No trend")));
    }

    @Test
    void usageChangeIsClampedAndScoreStaysWithinRange() {
        FactsBuilder b = new FactsBuilder().usage(10, 1.0, 1, 1, 1, 10, 10, 10);
        AccountHealth h = AccountHealth.of(b.build());
        assertEquals(1.0, h.components().get(0).value(), 1e-9, "0.7 + 0.3 + 0.3 capped at 1");
        assertTrue(h.score() <= 100 && h.score() >= 0);
    }
}
