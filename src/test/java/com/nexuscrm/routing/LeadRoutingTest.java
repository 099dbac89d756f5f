package com.nexuscrm.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Campaign;
import com.nexuscrm.domain.Enrollment;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadPriority;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.domain.routing.ConversionRate;
import com.nexuscrm.domain.routing.Routable;
import com.nexuscrm.domain.routing.RoutingDecision;
import com.nexuscrm.domain.routing.RoutingRule;
import com.nexuscrm.domain.routing.RoutingRules;
import com.nexuscrm.domain.routing.RoutingStrategy;
import com.nexuscrm.domain.routing.Segments;
import com.nexuscrm.storage.Outbox;
import com.nexuscrm.storage.StoredRoutingRules;
import com.nexuscrm.storage.StoredSla;
import com.nexuscrm.testing.Leads;
import com.nexuscrm.testing.SalesTeams;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Routing on a real workspace: the lead is changed and captured, enrolled, logged, and the rotation persists. */
class LeadRoutingTest {
    /** Monday 2 November 2026, 09:00 in New York. */
    private static final Instant NOW = Instant.parse("2026-11-02T14:00:00Z");

    @TempDir
    Path dir;
    private final SalesTeams org = new SalesTeams();
    private final Team midMarket = org.team("Mid-Market", Segments.MID_MARKET);
    private final Team smb = org.team("SMB", Segments.SMB);
    private final Team sdr = org.team("SDR", Segments.QUEUE);
    private final User ana = org.rep("Ana Adams", midMarket, "America/New_York");
    private final User ben = org.rep("Ben Brown", midMarket, "America/New_York");
    private final User dan = org.rep("Dan Diaz", smb, "America/Denver");
    private final User dora = org.rep("Dora Dunn", smb, "America/Denver");
    private final User duke = org.rep("Duke Dale", smb, "America/Denver");

    LeadRoutingTest() {
        org.manager("Maya Queue", sdr, "America/Chicago");
    }

    @Test
    void eachBandIsAppliedToTheLeadEnrolledWhenColdAndLoggedWithItsReason() {
        try (RoutingWorkspace w = RoutingWorkspace.create(dir, org)) {
            Lead hot = w.newLead("Hot", 86, 500);
            Lead warm = w.newLead("Warm", 70, 500);
            Lead fair = w.newLead("Fair", 55, 500);
            Lead cold = w.newLead("Cold", 42, 500);
            Lead colder = w.newLead("Colder", 12, 40);
            Lead unscored = w.newLead("Unscored", null, 500);
            long outboxBefore = w.store.outbox().size();

            LeadRouting.Report report = w.routing(NOW).routeUnrouted(Progress.NONE);

            assertEquals(6, report.routed().size());
            assertEquals(List.of(), report.skipped());
            Lead h = w.lead(hot);
            assertEquals(ana.getId(), h.getOwnerId(), "no conversions yet for anyone: the tie goes by name");
            assertEquals(midMarket.getId(), h.getTeamId());
            assertEquals(LeadPriority.URGENT, h.getPriority());
            assertEquals(NOW, h.getRoutedAt());
            assertEquals(NOW.plus(Duration.ofMinutes(5)), h.getSlaDueAt());
            Lead wm = w.lead(warm);
            assertEquals(LeadPriority.HIGH, wm.getPriority());
            assertEquals(NOW.plus(Duration.ofMinutes(30)), wm.getSlaDueAt());
            Lead f = w.lead(fair);
            assertNull(f.getOwnerId());
            assertEquals(sdr.getId(), f.getTeamId());
            assertEquals(LeadPriority.NORMAL, f.getPriority());

            List<Campaign> campaigns = w.store.repository(Campaign.class).findAll();
            assertEquals(List.of(RoutingRules.NURTURE_CAMPAIGN), campaigns.stream().map(Campaign::getName).toList(),
                    "one Nurture campaign, made on the first enrolment and found on the second");
            List<UUID> enrolled = w.store.repository(Enrollment.class).findAll().stream().map(Enrollment::getLeadId).toList();
            assertEquals(2, enrolled.size());
            assertTrue(enrolled.containsAll(List.of(cold.getId(), colder.getId())));
            assertFalse(enrolled.contains(unscored.getId()));

            List<RoutingDecision> logged = w.log().decisions(hot.getId());
            assertEquals(1, logged.size());
            assertEquals(report.routed().get(0).reason(), logged.get(0).reason());
            assertEquals("Score 86 ≥ 80: top performer in Mid-Market: Ana Adams (0% of 0 leads converted in the last 90"
                    + " days); urgent, first response due in 5 business minutes (Mon 09:05 America/New_York)",
                    logged.get(0).reason());
            assertEquals(new RoutingRule(80, RoutingStrategy.TOP_PERFORMER, LeadPriority.URGENT, 5), logged.get(0).rule());
            assertTrue(w.log().decisions(unscored.getId()).get(0).reason().startsWith("No score yet"));

            List<Outbox.Entry> captured = w.store.outbox().head(100).subList((int) outboxBefore, (int) w.store.outbox().size());
            assertTrue(captured.stream().anyMatch(e -> e.recordId().equals(hot.getId()) && e.op().equals("UPDATE")
                    && e.fields().contains("slaDueAt") && e.fields().contains("ownerId")), "routing is captured for sync");
            assertTrue(captured.stream().anyMatch(e -> e.entity().equals("Enrollment")), "so is the enrolment");

            assertEquals(0, w.routing(NOW.plusSeconds(60)).routeUnrouted(Progress.NONE).routed().size(),
                    "a routed lead is never routed again");
        }
    }

    @Test
    void theStoresCandidateQuerySelectsExactlyTheLeadsTheDomainRuleCallsRoutable() {
        try (RoutingWorkspace w = RoutingWorkspace.create(dir, org)) {
            Lead fresh = w.newLead("Fresh", 50, 100);
            Lead owned = Leads.lead("Jane", "Owned", "Owned Inc");
            owned.setOwnerId(ana.getId());
            Lead routedBefore = Leads.lead("Jane", "Routed", "Routed Inc");
            routedBefore.setRoutedAt(NOW.minus(Duration.ofDays(1)));
            Lead working = Leads.lead("Jane", "Working", "Working Inc");
            working.setStatus(LeadStatus.WORKING);
            Lead gone = w.newLead("Gone", 50, 100);
            w.store.leads().saveAll(List.of(owned, routedBefore, working));
            w.store.leads().delete(gone.getId());

            List<UUID> routable = new ArrayList<>();
            for (Lead lead : List.of(fresh, owned, routedBefore, working, gone)) {
                w.store.leads().find(lead.getId()).filter(Routable::test).ifPresent(l -> routable.add(l.getId()));
            }
            assertEquals(List.of(fresh.getId()), routable);
            assertEquals(routable, w.log().unroutedLeadIds());
        }
    }

    @Test
    void topPerformerIsChosenFromConversionsOfTheLastNinetyDaysOnly() {
        try (RoutingWorkspace w = RoutingWorkspace.create(dir, org)) {
            List<Lead> history = new ArrayList<>();
            history.addAll(worked(ana, 10, 5, NOW.minus(Duration.ofDays(30))));
            history.addAll(worked(ben, 10, 3, NOW.minus(Duration.ofDays(30))));
            history.addAll(worked(ben, 20, 20, NOW.minus(Duration.ofDays(200))));
            w.store.leads().insertAll(history);

            assertEquals(Map.of(ana.getId(), new ConversionRate(10, 5), ben.getId(), new ConversionRate(10, 3)),
                    w.log().conversionRates(NOW.minus(Duration.ofDays(90)), NOW));
            Lead hot = w.newLead("Hot", 91, 800);
            RoutingDecision d = w.routing(NOW).route(hot.getId()).orElseThrow();
            assertEquals(ana.getId(), d.assigneeId(), "Ben's 20 old conversions would give him 77%, but they are too old");
            assertTrue(d.reason().contains("Ana Adams (50% of 10 leads converted in the last 90 days)"), d.reason());
        }
    }

    private static List<Lead> worked(User owner, int count, int converted, Instant created) {
        List<Lead> leads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Lead lead = Leads.lead("Old", "Lead" + i, "Past Co");
            lead.setOwnerId(owner.getId());
            lead.setCreatedAt(created);
            lead.setStatus(i < converted ? LeadStatus.CONVERTED : LeadStatus.DISQUALIFIED);
            lead.setConvertedAt(i < converted ? created.plus(Duration.ofDays(10)) : null);
            leads.add(lead);
        }
        return leads;
    }

    @Test
    void theRotationIsKeptInTheWorkspaceAndSkipsRepsWhoAreAway() {
        List<UUID> picks = new ArrayList<>();
        try (RoutingWorkspace w = RoutingWorkspace.create(dir, org)) {
            picks.addAll(routeSmb(w, 4));
        }
        try (RoutingWorkspace w = RoutingWorkspace.open(dir)) {
            picks.addAll(routeSmb(w, 2));
            dora.setAvailable(false);
            w.store.repository(User.class).save(dora);
            picks.addAll(routeSmb(w, 2));
            dora.setAvailable(true);
            w.store.repository(User.class).save(dora);
            picks.addAll(routeSmb(w, 1));
        }
        assertEquals(List.of(dan.getId(), dora.getId(), duke.getId(), dan.getId(), dora.getId(), duke.getId(),
                dan.getId(), duke.getId(), dora.getId()), picks);
    }

    private static List<UUID> routeSmb(RoutingWorkspace w, int count) {
        for (int i = 0; i < count; i++) {
            w.newLead("Smb" + i, 65, 30);
        }
        return w.routing(NOW).routeUnrouted(Progress.NONE).routed().stream().map(RoutingDecision::assigneeId).toList();
    }

    @Test
    void leavingNewStopsTheClockAndAFormOpenedBeforeRoutingDoesNotUndoIt() {
        try (RoutingWorkspace w = RoutingWorkspace.create(dir, org)) {
            Lead hot = w.newLead("Hot", 88, 500);
            Lead openForm = w.lead(hot);
            w.routing(NOW).route(hot.getId()).orElseThrow();

            openForm.setPhone("+1 212 555 0100");
            w.store.leads().save(openForm);
            Lead saved = w.lead(hot);
            assertEquals(ana.getId(), saved.getOwnerId());
            assertEquals(NOW.plus(Duration.ofMinutes(5)), saved.getSlaDueAt());
            assertEquals("+1 212 555 0100", saved.getPhone());
            assertNull(saved.getFirstResponseAt());
            assertEquals(1, new StoredSla(w.store).waitingForResponse(NOW.minus(Duration.ofDays(1))).size());

            w.store.leads().changeStatus(List.of(hot.getId()), LeadStatus.WORKING);
            assertTrue(w.lead(hot).getFirstResponseAt() != null);
            assertEquals(List.of(), new StoredSla(w.store).waitingForResponse(NOW.minus(Duration.ofDays(1))));

            Lead other = w.newLead("Other", 88, 500);
            w.routing(NOW).route(other.getId()).orElseThrow();
            Lead form = w.lead(other);
            form.setStatus(LeadStatus.WORKING);
            w.store.leads().save(form);
            assertTrue(w.lead(other).getFirstResponseAt() != null, "the detail form's save stops the clock too");
        }
    }

    @Test
    void rulesAreKeptInTheWorkspaceAndInvalidOnesAreRefusedWhole() {
        RoutingRules custom = new RoutingRules(List.of(
                new RoutingRule(90, RoutingStrategy.TOP_PERFORMER, LeadPriority.URGENT, 10),
                new RoutingRule(0, RoutingStrategy.QUEUE, LeadPriority.NORMAL, 120)), 30);
        try (RoutingWorkspace w = RoutingWorkspace.create(dir, org)) {
            StoredRoutingRules rules = new StoredRoutingRules(w.store);
            assertEquals(RoutingRules.defaults(), rules.rules());
            rules.save(custom);
        }
        try (RoutingWorkspace w = RoutingWorkspace.open(dir)) {
            StoredRoutingRules rules = new StoredRoutingRules(w.store);
            assertEquals(custom, rules.rules());
            RoutingRules broken = new RoutingRules(List.of(custom.rules().get(0),
                    new RoutingRule(95, RoutingStrategy.QUEUE, LeadPriority.NORMAL, 120)), 30);
            ValidationException e = assertThrows(ValidationException.class, () -> rules.save(broken));
            assertTrue(e.getMessage().startsWith("Rule 2 (score ≥ 95), min score: must be lower than rule 1's (90)"),
                    e.getMessage());
            assertEquals(custom, rules.rules());

            Lead hot = w.newLead("Hot", 85, 500);
            RoutingDecision d = w.routing(NOW).route(hot.getId()).orElseThrow();
            assertTrue(d.queued(), "85 is below the custom top band");
            assertEquals(NOW.plus(Duration.ofMinutes(180)), d.dueAt(), "120 business minutes from Chicago's opening at 15:00Z");
        }
    }
}
