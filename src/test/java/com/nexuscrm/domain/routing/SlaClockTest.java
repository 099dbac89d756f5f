package com.nexuscrm.domain.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import com.nexuscrm.testing.Leads;
import com.nexuscrm.testing.SalesTeams;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Time left, about to breach, breached and answered, in the owner's business time. */
class SlaClockTest {
    private final SalesTeams org = new SalesTeams();
    private final Team midMarket = org.team("Mid-Market", "Mid-Market");
    private final User ana = org.rep("Ana Adams", midMarket, "America/New_York");
    private final SlaClock clock = new SlaClock(org.floor());

    private Lead routed(String routedAt, int minutes) {
        Lead lead = Leads.lead("Jane", "Doe", "Acme");
        lead.setOwnerId(ana.getId());
        lead.setRoutedAt(Instant.parse(routedAt));
        lead.setSlaDueAt(clock.due(ana.getId(), lead.getRoutedAt(), minutes));
        return lead;
    }

    @Test
    void minutesLeftThenAtRiskThenBreached() {
        Lead lead = routed("2026-11-02T14:00:00Z", 30); // Monday 09:00 EST, due 09:30
        SlaStatus early = clock.status(lead, Instant.parse("2026-11-02T14:20:00Z"));
        assertEquals(SlaState.ON_TRACK, early.state());
        assertEquals(10, early.minutesLeft());
        assertEquals("10 min left", early.text());
        assertEquals(Duration.ofMinutes(30), early.length());
        // 20% of 30 minutes is 6: at 6 minutes left the lead is about to breach.
        assertEquals(SlaState.ON_TRACK, clock.status(lead, Instant.parse("2026-11-02T14:23:59Z")).state());
        assertEquals(SlaState.AT_RISK, clock.status(lead, Instant.parse("2026-11-02T14:24:00Z")).state());
        SlaStatus due = clock.status(lead, Instant.parse("2026-11-02T14:30:00Z"));
        assertEquals(SlaState.BREACHED, due.state());
        SlaStatus late = clock.status(lead, Instant.parse("2026-11-02T14:45:00Z"));
        assertEquals("Overdue by 15 min", late.text());
        assertEquals(-15, late.minutesLeft());
    }

    @Test
    void theClockPausesOutsideWorkingHours() {
        Lead lead = routed("2026-11-02T21:50:00Z", 30); // Monday 16:50 EST: 10 minutes today, 20 tomorrow
        SlaStatus evening = clock.status(lead, Instant.parse("2026-11-02T23:00:00Z"));
        assertEquals(SlaState.ON_TRACK, evening.state());
        assertEquals(20, evening.minutesLeft());
        assertTrue(evening.paused());
        assertEquals("20 min left (paused)", evening.text());
        // Still 20 minutes left at 08:59 the next morning; breached only at 09:20.
        assertEquals(20, clock.status(lead, Instant.parse("2026-11-03T13:59:00Z")).minutesLeft());
        assertEquals(SlaState.BREACHED, clock.status(lead, Instant.parse("2026-11-03T14:20:00Z")).state());
    }

    @Test
    void aFiveMinuteSlaWarnsAtOneMinute() {
        Lead lead = routed("2026-11-02T15:00:00Z", 5);
        assertEquals(SlaState.ON_TRACK, clock.status(lead, Instant.parse("2026-11-02T15:03:30Z")).state());
        assertEquals(SlaState.AT_RISK, clock.status(lead, Instant.parse("2026-11-02T15:04:00Z")).state());
        assertEquals(Duration.ofMinutes(48), SlaClock.warning(Duration.ofMinutes(240)));
    }

    @Test
    void theFirstResponseOrLeavingNewStopsTheClock() {
        Lead lead = routed("2026-11-02T14:00:00Z", 30);
        lead.setFirstResponseAt(Instant.parse("2026-11-02T14:10:00Z"));
        SlaStatus answered = clock.status(lead, Instant.parse("2026-11-02T16:00:00Z"));
        assertEquals(SlaState.ANSWERED, answered.state());
        assertEquals("Answered", answered.text());
        Lead worked = routed("2026-11-02T14:00:00Z", 30);
        worked.setStatus(LeadStatus.WORKING);
        assertEquals(SlaState.ANSWERED, clock.status(worked, Instant.parse("2026-11-02T16:00:00Z")).state());
        assertEquals(SlaStatus.NONE, clock.status(Leads.lead("Not", "Routed", "Acme"), Instant.parse("2026-11-02T16:00:00Z")));
        assertFalse(SlaStatus.NONE.paused());
    }

    @Test
    void firstResponseIsStampedOnceWhenARoutedLeadLeavesNew() {
        Lead unrouted = Leads.lead("Jane", "Doe", "Acme");
        unrouted.setStatus(LeadStatus.WORKING);
        FirstResponse.stamp(LeadStatus.NEW, unrouted, Instant.parse("2026-11-02T14:10:00Z"));
        assertEquals(null, unrouted.getFirstResponseAt(), "no SLA, no clock to stop");
        Lead lead = routed("2026-11-02T14:00:00Z", 30);
        lead.setStatus(LeadStatus.WORKING);
        FirstResponse.stamp(LeadStatus.NEW, lead, Instant.parse("2026-11-02T14:10:00Z"));
        assertEquals(Instant.parse("2026-11-02T14:10:00Z"), lead.getFirstResponseAt());
        lead.setStatus(LeadStatus.QUALIFIED);
        FirstResponse.stamp(LeadStatus.WORKING, lead, Instant.parse("2026-11-02T15:00:00Z"));
        assertEquals(Instant.parse("2026-11-02T14:10:00Z"), lead.getFirstResponseAt());
    }
}
