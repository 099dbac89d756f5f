package com.nexuscrm.domain.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import com.nexuscrm.testing.Leads;
import com.nexuscrm.testing.SalesTeams;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Round robin over 10,000 leads: fair to one lead, skipping reps who are away, and catching them up on return. */
class RoundRobinFairnessTest {
    private static final Instant NOW = Instant.parse("2026-11-02T14:00:00Z");

    private final SalesTeams org = new SalesTeams();
    private final Team smb = org.team("SMB", Segments.SMB);
    private final List<User> reps = List.of(org.rep("Ana", smb, "UTC"), org.rep("Ben", smb, "UTC"),
            org.rep("Cleo", smb, "UTC"), org.rep("Dan", smb, "UTC"), org.rep("Eve", smb, "UTC"));
    private final LeadRouter router = new LeadRouter(RoutingRules.defaults());
    private RoundRobinState rotation = RoundRobinState.empty(Segments.SMB);
    private final Map<UUID, Integer> counts = new HashMap<>();

    private UUID routeOne() {
        Lead lead = Leads.lead("Jane", "Doe", "Acme");
        lead.setScore(70);
        lead.setEmployees(40);
        RoutingResult result = router.route(lead, org.floor(), Map.of(), pool -> rotation, NOW);
        rotation = result.roundRobin();
        counts.merge(result.decision().assigneeId(), 1, Integer::sum);
        return result.decision().assigneeId();
    }

    private int spread(List<User> among) {
        List<Integer> c = among.stream().map(u -> counts.getOrDefault(u.getId(), 0)).toList();
        return c.stream().max(Integer::compare).orElseThrow() - c.stream().min(Integer::compare).orElseThrow();
    }

    @Test
    void tenThousandLeadsDifferByAtMostOne() {
        for (int i = 1; i <= 10_000; i++) {
            routeOne();
            assertTrue(spread(reps) <= 1, "after lead " + i + ": " + counts);
        }
        assertEquals(2_000, counts.get(reps.get(0).getId()));
        assertEquals(10_000, rotation.turn());
    }

    @Test
    void aRepWhoIsAwayIsSkippedAndCaughtUpOnReturn() {
        User cleo = reps.get(2);
        List<User> others = reps.stream().filter(u -> u != cleo).toList();
        for (int i = 1; i <= 10_000; i++) {
            if (i == 3_000) {
                cleo.setAvailable(false);
            }
            if (i == 6_000) {
                cleo.setAvailable(true);
            }
            UUID picked = routeOne();
            if (!cleo.isAvailable()) {
                assertTrue(!picked.equals(cleo.getId()), "lead " + i + " went to Cleo while she was away");
            }
            assertTrue(spread(others) <= 1, "after lead " + i + ": " + counts);
        }
        assertTrue(spread(reps) <= 1, "Cleo caught up after her return: " + counts);
    }

    @Test
    void aRepNewToThePoolStartsLevelInsteadOfTakingEveryLead() {
        for (int i = 0; i < 1_000; i++) {
            routeOne();
        }
        User fay = org.rep("Fay", smb, "UTC");
        Map<UUID, Integer> before = new HashMap<>(counts);
        for (int i = 0; i < 60; i++) {
            routeOne();
        }
        assertEquals(10, counts.get(fay.getId()), "one lead in six, like everyone else");
        for (User rep : reps) {
            assertEquals(10, counts.get(rep.getId()) - before.get(rep.getId()), rep.getDisplayName());
        }
    }

    @Test
    void theRotationSurvivesBeingStoredAndReadBack() {
        for (int i = 0; i < 7; i++) {
            routeOne();
        }
        RoundRobinState copy = new RoundRobinState(rotation.pool(), rotation.turn(), new HashMap<>(rotation.slots()));
        UUID next = routeOne();
        rotation = copy;
        assertEquals(next, routeOne(), "the same state picks the same rep");
    }
}
