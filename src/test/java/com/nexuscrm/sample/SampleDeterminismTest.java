package com.nexuscrm.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealContact;
import com.nexuscrm.domain.DealLineItem;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.storage.StoredCampaignPlans;
import com.nexuscrm.storage.StoredEnrolments;
import com.nexuscrm.storage.StoredSampleSink;
import com.nexuscrm.storage.StoredTouches;
import java.time.Clock;
import java.time.ZoneOffset;
import com.nexuscrm.storage.WorkspaceStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDeterminismTest {
    private static final int LEADS = 300;

    @TempDir
    Path dir;

    /** A fingerprint of a workspace: every lead, deal and activity with the fields that vary most. */
    private record Fingerprint(SampleSummary summary, List<String> leads, List<String> deals, List<String> activities,
                               List<String> dealParts, List<String> campaigns) { }

    @Test
    void sameSeedGivesIdenticalRecordsAndIds() {
        Fingerprint first = generate("a", 7, SampleWorkspace.DEFAULT_REFERENCE_NOW);
        Fingerprint second = generate("b", 7, SampleWorkspace.DEFAULT_REFERENCE_NOW);
        assertEquals(first, second);
        assertEquals(LEADS, first.leads().size());
    }

    @Test
    void anotherSeedOrReferenceTimeGivesAnotherWorkspace() {
        Fingerprint base = generate("a", 7, SampleWorkspace.DEFAULT_REFERENCE_NOW);
        Fingerprint otherSeed = generate("b", 8, SampleWorkspace.DEFAULT_REFERENCE_NOW);
        Fingerprint otherTime = generate("c", 7, Instant.parse("2025-03-01T09:00:00Z"));
        assertNotEquals(base.leads(), otherSeed.leads());
        assertTrue(base.leads().stream().noneMatch(otherSeed.leads()::contains), "no lead repeats across seeds");
        assertNotEquals(base.leads(), otherTime.leads());
        Instant earlierNow = Instant.parse("2025-03-01T09:00:00Z");
        assertTrue(otherTime.leads().stream().map(l -> Instant.parse(l.split(" ")[4])).allMatch(t -> !t.isAfter(earlierNow)),
                "leads are created before the reference time");
    }

    @Test
    void cancellingStopsBeforeTheLeadsAndSaysSo() {
        Progress cancelOnLeads = new Progress() {
            private boolean cancelled;

            @Override
            public void update(long done, long total, String message) {
                cancelled |= message.startsWith("Creating leads");
            }

            @Override
            public boolean isCancelled() { return cancelled; }
        };
        try (WorkspaceStore store = WorkspaceStore.create(dir.resolve("cancelled"), SampleWorkspaceTest.PASS)) {
            assertThrows(Progress.CancelledException.class,
                    () -> new SampleWorkspace(7, SampleWorkspace.DEFAULT_REFERENCE_NOW).generate(new StoredSampleSink(store), LEADS, cancelOnLeads));
            assertEquals(0, store.leads().count());
        }
    }

    /** The campaign plans with each enrolment (id, person, status) and the touches' tallies. */
    private static List<String> campaigns(WorkspaceStore store, Instant now) {
        StoredEnrolments enrolments = new StoredEnrolments(store, Clock.fixed(now, ZoneOffset.UTC));
        List<String> lines = new ArrayList<>();
        for (CampaignPlan plan : new StoredCampaignPlans(store, Clock.fixed(now, ZoneOffset.UTC)).all()) {
            lines.add(plan.id() + " " + plan.name() + " " + plan.steps().size());
            enrolments.forPlan(plan.id()).forEach(e -> lines.add(e.id() + " " + e.person().id() + " " + e.status() + " "
                    + e.currentStep() + " " + e.exitReason() + " " + e.enrolledAt()));
        }
        new StoredTouches(store).tallies().forEach(t -> lines.add(t.toString()));
        return lines;
    }

    @Test
    void theSampleHasTwoCampaignPlansWithEnrolmentsOfItsOwnLeadsAndSentTouches() {
        Fingerprint f = generate("plans", 7, SampleWorkspace.DEFAULT_REFERENCE_NOW);
        assertTrue(f.campaigns().stream().anyMatch(l -> l.endsWith(" Nurture 3")), f.campaigns().toString());
        assertTrue(f.campaigns().stream().anyMatch(l -> l.endsWith(" Webinar follow-up 3")), f.campaigns().toString());
        List<String> leadIds = f.leads().stream().map(l -> l.split(" ")[0]).toList();
        List<String> enrolled = f.campaigns().stream().filter(l -> l.split(" ").length == 6).map(l -> l.split(" ")[1]).toList();
        assertTrue(enrolled.size() > 10 && leadIds.containsAll(enrolled), enrolled.size() + " enrolled");
        assertTrue(f.campaigns().stream().filter(l -> l.startsWith("TouchTally")).anyMatch(l -> !l.contains("sent=0")));
    }

    private Fingerprint generate(String name, long seed, Instant now) {
        try (WorkspaceStore store = WorkspaceStore.create(dir.resolve(name), SampleWorkspaceTest.PASS)) {
            SampleSummary summary = new SampleWorkspace(seed, now).generate(new StoredSampleSink(store), LEADS, Progress.NONE);
            List<String> leads = new ArrayList<>();
            for (Lead l : store.leads().findAll()) {
                leads.add(l.getId() + " " + l.getEmail() + " " + l.getStatus() + " " + l.getOwnerId() + " "
                        + l.getCreatedAt() + " " + l.getPricingPageVisits() + " " + l.getConvertedDealId());
            }
            List<String> deals = store.repository(Deal.class).findAll().stream()
                    .map(d -> d.getId() + " " + d.getStage() + " " + d.getAmount() + " " + d.getClosedAt()).toList();
            List<String> activities = store.repository(Activity.class).findAll().stream()
                    .map(a -> a.getId() + " " + a.getType() + " " + a.getOccurredAt() + " " + a.getOutcome()).toList();
            List<String> parts = new ArrayList<>();
            store.repository(DealChange.class).findAll().forEach(c -> parts.add(c.getId() + " " + c.getStage() + " "
                    + c.getAmount() + " " + c.getCloseDate() + " " + c.getChangedAt()));
            store.repository(DealLineItem.class).findAll().forEach(i -> parts.add(i.getId() + " " + i.getProduct() + " "
                    + i.getQuantity() + " " + i.getDiscountPercent()));
            store.repository(DealContact.class).findAll().forEach(c -> parts.add(c.getId() + " " + c.getRole()));
            return new Fingerprint(summary, leads, deals, activities, parts, campaigns(store, now));
        }
    }
}
