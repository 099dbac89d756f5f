package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.app.adapters.MetaSavedFilters;
import com.nexuscrm.app.adapters.SavedFilterAudiences;
import com.nexuscrm.campaign.CampaignWorkspace;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Campaign;
import com.nexuscrm.domain.Enrollment;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadScoreStore.ScoreUpdate;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.campaign.Audience;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.EnrolmentRules;
import com.nexuscrm.domain.campaign.EnrolmentStatus;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.TouchStatus;
import com.nexuscrm.domain.routing.RoutingRules;
import com.nexuscrm.json.Json;
import com.nexuscrm.storage.StoredEnrolmentSignals;
import com.nexuscrm.ui.leads.LeadCriteria;
import com.nexuscrm.ui.leads.OwnerChoice;
import com.nexuscrm.ui.leads.SavedFilter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule enrolment and automatic exits over a real encrypted workspace with hand-made leads. */
class EnrolByRuleTest {
    @TempDir Path dir;
    private CampaignWorkspace ws;
    private EnrolByRule rules;

    @BeforeEach
    void open() {
        ws = new CampaignWorkspace(dir.resolve("ws"));
        MetaSavedFilters filters = new MetaSavedFilters(ws.store.meta(), Json.mapper());
        filters.save(List.of(new SavedFilter("Acme people", new LeadCriteria("acme", null, null, OwnerChoice.ANY, true))));
        rules = new EnrolByRule(ws.ports, ws.store.leads(), ws.store.contacts(), new StoredEnrolmentSignals(ws.store),
                new SavedFilterAudiences(filters, () -> null), ws.clock);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void scoreBandEnrolsOnlyOpenScoredLeadsInsideItAndOnlyOnce() {
        Lead low = scored(ws.lead("Lia", "Low"), 30);
        scored(ws.lead("Hal", "High"), 70);
        ws.lead("Nia", "Unscored");
        Lead closed = ws.lead("Cy", "Closed");
        closed.setStatus(LeadStatus.DISQUALIFIED);
        scored(ws.store.leads().save(closed), 10);
        CampaignPlan plan = plan("Low scores", new EnrolmentRules(false, 50, null, false));

        assertEquals(new EnrolByRule.Report(1, 0, 0), rules.run());
        assertEquals(Set.of(low.getId()), people(plan));
        assertEquals(new EnrolByRule.Report(0, 0, 0), rules.run(), "a second run enrols nobody again");
    }

    @Test
    void routingsNurtureIsBridgedIntoThePlanWithTheNurtureRule() {
        Lead nurtured = ws.lead("Nora", "Nurtured");
        ws.lead("Otto", "Other");
        oldNurtureEnrollment(nurtured);
        CampaignPlan plan = plan("Nurture", new EnrolmentRules(true, null, null, false));
        CampaignPlan manual = plan("By hand", EnrolmentRules.MANUAL);

        assertEquals(1, rules.run().enrolled());
        assertEquals(Set.of(nurtured.getId()), people(plan));
        assertEquals(Set.of(), people(manual), "a plan without rules is enrolled by hand only");
    }

    @Test
    void audienceRuleEnrolsTheSavedFiltersLeads() {
        Lead acme = ws.store.leads().save(com.nexuscrm.testing.Leads.lead("Ada", "Acme", "Acme Corp"));
        ws.lead("Bo", "Beta");
        CampaignPlan plan = new CampaignPlan(Ids.newId(), "Acme push", "Meeting booked", new Audience("acme PEOPLE", null),
                CampaignWorkspace.SENDER, "Nexus", ws.threeStepEmail("Template").steps(), new EnrolmentRules(false, null, null, true));
        ws.ports.plans().save(plan);

        rules.run();
        assertEquals(Set.of(acme.getId()), people(plan));
    }

    @Test
    void exitedAndRefusedPeopleAreNotEnrolledAgain() {
        Lead exited = scored(ws.lead("Ed", "Exited"), 20);
        Lead noEmail = ws.lead("Ned", "Noemail");
        noEmail.setEmail(null);
        scored(ws.store.leads().save(noEmail), 20);
        CampaignPlan plan = plan("Low scores", new EnrolmentRules(false, 50, null, false));
        Enrolment e = ws.enrol(plan, exited);
        ws.ports.enrolments().exit(e.id(), ExitReason.REPLIED);

        assertEquals(new EnrolByRule.Report(0, 1, 0), rules.run(), "the one without an email is refused");
        assertEquals(EnrolmentStatus.EXITED, ws.reload(e).status(), "the exited lead stays out");
        assertEquals(Set.of(exited.getId()), people(plan));
    }

    @Test
    void aMeetingAfterEnrolmentReachesTheGoalAndCancelsPendingTouches() {
        Lead met = ws.lead("Mia", "Met");
        Lead before = ws.lead("Bea", "Before");
        CampaignPlan plan = ws.threeStepEmail("Meetings");
        meeting(before, ws.clock.instant().minus(Duration.ofDays(3)));
        Enrolment e = ws.enrol(plan, met);
        Enrolment other = ws.enrol(plan, before);
        ScheduledTouch touch = ScheduledTouch.pending(e.id(), 1, "A", plan.step(1).channel(), CampaignWorkspace.SENDER,
                "mia.met@metltd.com", ws.clock.instant().plus(Duration.ofDays(2)));
        ws.ports.touches().schedule(touch);
        ws.clock.advance(Duration.ofHours(2));
        meeting(met, ws.clock.instant());

        assertEquals(1, rules.run().exited());
        Enrolment after = ws.reload(e);
        assertEquals(ExitReason.GOAL_REACHED, after.exitReason());
        assertEquals(TouchStatus.CANCELLED, ws.ports.touches().find(touch.id()).orElseThrow().status());
        assertTrue(ws.reload(other).active(), "a meeting before enrolment is not this campaign's goal");
    }

    @Test
    void aConvertedLeadLeavesWithConversion() {
        Lead lead = ws.lead("Cole", "Converted");
        Enrolment e = ws.enrol(ws.threeStepEmail("Conversions"), lead);
        lead.setStatus(LeadStatus.CONVERTED);
        lead.setConvertedAt(ws.clock.instant());
        ws.store.leads().save(lead);

        assertEquals(1, rules.run().exited());
        assertEquals(ExitReason.CONVERTED, ws.reload(e).exitReason());
        assertEquals(0, rules.run().exited(), "an exit happens once");
    }

    private CampaignPlan plan(String name, EnrolmentRules r) {
        CampaignPlan plan = ws.threeStepEmail(name).withRules(r);
        ws.ports.plans().save(plan);
        assertEquals(r, ws.ports.plans().find(plan.id()).orElseThrow().rules(), "the rules are stored");
        return plan;
    }

    private Set<UUID> people(CampaignPlan plan) {
        return ws.ports.enrolments().forPlan(plan.id()).stream().map(Enrolment::person).map(PersonRef::id)
                .collect(Collectors.toSet());
    }

    private Lead scored(Lead lead, int score) {
        ws.store.leadScores().writeScores(List.of(new ScoreUpdate(lead.getId(), score, "test", List.of())), ws.clock.instant());
        return lead;
    }

    private void oldNurtureEnrollment(Lead lead) {
        Campaign c = new Campaign(Ids.newId());
        c.setName(RoutingRules.NURTURE_CAMPAIGN);
        c.setChannel("email");
        c.setStatus("ACTIVE");
        c.setCreatedAt(ws.clock.instant());
        ws.store.repository(Campaign.class).save(c);
        Enrollment e = new Enrollment(Ids.newId());
        e.setCampaignId(c.getId());
        e.setLeadId(lead.getId());
        e.setStatus("ACTIVE");
        e.setEnrolledAt(ws.clock.instant());
        ws.store.repository(Enrollment.class).save(e);
    }

    private void meeting(Lead lead, Instant at) {
        Activity a = new Activity(Ids.newId());
        a.setType(ActivityType.MEETING);
        a.setSubject("Demo");
        a.setLeadId(lead.getId());
        a.setOccurredAt(at);
        a.setDone(false);
        ws.store.activities().save(a);
    }
}
