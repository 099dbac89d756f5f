package com.nexuscrm.domain.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadPriority;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import com.nexuscrm.testing.Leads;
import com.nexuscrm.testing.SalesTeams;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each rule band, leads without a score or a segment, nobody available, ties, and the reasons given. */
class LeadRouterTest {
    /** Monday 2 November 2026, 09:00 in New York, 08:00 in Chicago. */
    private static final Instant NOW = Instant.parse("2026-11-02T14:00:00Z");

    private final SalesTeams org = new SalesTeams();
    private final Team midMarket = org.team("Mid-Market", Segments.MID_MARKET);
    private final Team smb = org.team("SMB", Segments.SMB);
    private final Team enterprise = org.team("Enterprise", Segments.ENTERPRISE);
    private final Team sdr = org.team("SDR", Segments.QUEUE);
    private final User mark = org.manager("Mark Manager", midMarket, "America/New_York");
    private final User maya = org.manager("Maya Queue", sdr, "America/Chicago");
    private final User ana = org.rep("Ana Adams", midMarket, "America/New_York");
    private final User ben = org.rep("Ben Brown", midMarket, "America/New_York");
    private final User cleo = org.rep("Cleo Cruz", midMarket, "America/New_York");
    private final User dan = org.rep("Dan Diaz", smb, "America/Denver");
    private final User eve = org.rep("Eve Evans", enterprise, "Europe/London");
    private final User sam = org.rep("Sam Sdr", sdr, "America/Chicago");
    private final Map<UUID, ConversionRate> rates = new HashMap<>();
    private final Map<String, RoundRobinState> rotations = new HashMap<>();
    private final LeadRouter router = new LeadRouter(RoutingRules.defaults());

    LeadRouterTest() {
        cleo.setAvailable(false);
        eve.setAvailable(false);
        rates.put(ana.getId(), new ConversionRate(40, 10));
        rates.put(ben.getId(), new ConversionRate(42, 13));
        rates.put(cleo.getId(), new ConversionRate(10, 9));
        rates.put(dan.getId(), new ConversionRate(50, 20));
        rates.put(sam.getId(), new ConversionRate(100, 90));
    }

    private RoutingDecision route(Integer score, Integer employees) {
        Lead lead = Leads.lead("Jane", "Doe", "Acme");
        lead.setScore(score);
        lead.setEmployees(employees);
        RoutingResult result = router.route(lead, org.floor(), rates,
                pool -> rotations.getOrDefault(pool, RoundRobinState.empty(pool)), NOW);
        if (result.roundRobin() != null) {
            rotations.put(result.roundRobin().pool(), result.roundRobin());
        }
        return result.decision();
    }

    @Test
    void eightyAndAboveGoesToTheSegmentsTopPerformerUrgently() {
        RoutingDecision d = route(86, 500);
        assertEquals(ben.getId(), d.assigneeId(), "31% beats Ana's 25%; Cleo's 90% does not count while unavailable");
        assertEquals(RoutingStrategy.TOP_PERFORMER, d.strategy());
        assertEquals(LeadPriority.URGENT, d.priority());
        assertEquals(midMarket.getId(), d.teamId());
        assertEquals(Instant.parse("2026-11-02T14:05:00Z"), d.dueAt());
        assertFalse(d.nurture());
        assertEquals("Score 86 ≥ 80: top performer in Mid-Market: Ben Brown (31% of 42 leads converted in the last 90"
                + " days); urgent, first response due in 5 business minutes (Mon 09:05 America/New_York)", d.reason());
    }

    @Test
    void sixtyToSeventyNineTakeTurnsWithinTheSegment() {
        RoutingDecision first = route(72, 500);
        assertEquals(ana.getId(), first.assigneeId());
        assertEquals(ben.getId(), route(60, 500).assigneeId());
        assertEquals(ana.getId(), route(79, 1999).assigneeId());
        assertEquals(LeadPriority.HIGH, first.priority());
        assertEquals(Instant.parse("2026-11-02T14:30:00Z"), first.dueAt());
        assertEquals("Score 72 ≥ 60: round robin in Mid-Market: Ana Adams, whose turn it is (lead 1 from the rotation);"
                + " high, first response due in 30 business minutes (Mon 09:30 America/New_York)", first.reason());
    }

    @Test
    void fiftyToFiftyNineWaitInTheSdrQueueOnTheQueueManagersHours() {
        RoutingDecision d = route(55, 500);
        assertNull(d.assigneeId());
        assertTrue(d.queued());
        assertEquals(sdr.getId(), d.teamId());
        assertEquals(LeadPriority.NORMAL, d.priority());
        // Chicago opens at 09:00 CST (15:00Z); 240 business minutes from then.
        assertEquals(Instant.parse("2026-11-02T19:00:00Z"), d.dueAt());
        assertFalse(d.nurture());
        assertEquals("Score 55 ≥ 0: SDR queue; normal, first response due in 240 business minutes"
                + " (Mon 13:00 America/Chicago)", d.reason());
    }

    @Test
    void belowFiftyAlsoEnrolsInNurture() {
        RoutingDecision d = route(42, 500);
        assertTrue(d.queued());
        assertTrue(d.nurture());
        assertTrue(d.reason().endsWith("; below 50, so also enrolled in the Nurture campaign"), d.reason());
    }

    @Test
    void aLeadWithoutAScoreTakesTheLowestRuleAndIsNotNurtured() {
        RoutingDecision d = route(null, 500);
        assertTrue(d.queued());
        assertFalse(d.nurture());
        assertNull(d.score());
        assertTrue(d.reason().startsWith("No score yet, so the lowest rule (score ≥ 0): SDR queue;"), d.reason());
        assertTrue(d.reason().endsWith("; not enrolled in nurture until it has a score"), d.reason());
    }

    @Test
    void nobodyAvailableInTheSegmentFallsBackToTheWholeTeamThenTheQueue() {
        RoutingDecision d = route(90, 5000); // Enterprise: Eve is away
        assertEquals(dan.getId(), d.assigneeId(), "40% is the best of Ana, Ben and Dan; SDRs are not on the whole team");
        assertEquals(smb.getId(), d.teamId());
        assertTrue(d.reason().startsWith("Score 90 ≥ 80: no rep is available in Enterprise, so top performer on the whole"
                + " team: Dan Diaz (40% of 50 leads"), d.reason());
        for (User rep : org.users) {
            rep.setAvailable(false);
        }
        RoutingDecision nobody = route(90, 5000);
        assertTrue(nobody.queued());
        assertEquals(RoutingStrategy.QUEUE, nobody.strategy());
        assertEquals(RoutingStrategy.TOP_PERFORMER, nobody.rule().strategy());
        assertEquals(LeadPriority.URGENT, nobody.priority(), "an urgent lead stays urgent in the queue");
        assertTrue(nobody.reason().startsWith("Score 90 ≥ 80: no rep is available in Enterprise and nobody on the whole"
                + " team is available, so the SDR queue; urgent"), nobody.reason());
    }

    @Test
    void anUnknownCompanySizeUsesTheWholeTeam() {
        RoutingDecision d = route(65, null);
        assertEquals(ana.getId(), d.assigneeId());
        assertTrue(d.reason().startsWith("Score 65 ≥ 60: the company size is unknown (no employee count), so no segment,"
                + " so round robin on the whole team: Ana Adams"), d.reason());
    }

    @Test
    void topPerformerTiesGoToMoreConversionsThenByName() {
        rates.put(ana.getId(), new ConversionRate(20, 5));
        rates.put(ben.getId(), new ConversionRate(40, 10));
        assertEquals(ben.getId(), route(95, 500).assigneeId(), "25% each; Ben has more conversions");
        rates.put(ana.getId(), new ConversionRate(40, 10));
        assertEquals(ana.getId(), route(95, 500).assigneeId(), "equal in everything: by name");
        assertEquals(ana.getId(), route(95, 500).assigneeId(), "and the same again: top performer has no rotation");
        rates.clear();
        assertEquals(ana.getId(), route(95, 500).assigneeId(), "no conversions at all: by name");
    }
}
