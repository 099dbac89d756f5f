package com.nexuscrm.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.routing.RepBreaches;
import com.nexuscrm.domain.routing.Segments;
import com.nexuscrm.domain.routing.SlaEscalation;
import com.nexuscrm.domain.routing.SlaEvent;
import com.nexuscrm.domain.routing.SlaPolicy;
import com.nexuscrm.domain.routing.SlaState;
import com.nexuscrm.storage.StoredSla;
import com.nexuscrm.testing.SalesTeams;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SLA monitor on a real workspace: announcements, warnings, one escalation per breach, the per-rep report. */
class SlaMonitorTest {
    /** Monday 2 November 2026, 09:00 in New York. */
    private static final Instant NOW = Instant.parse("2026-11-02T14:00:00Z");

    @TempDir
    Path dir;
    private final SalesTeams org = new SalesTeams();
    private final Team midMarket = org.team("Mid-Market", Segments.MID_MARKET);
    private final Team sdr = org.team("SDR", Segments.QUEUE);
    private final User mark = org.manager("Mark Manager", midMarket, "America/New_York");
    private final User maya = org.manager("Maya Queue", sdr, "America/Chicago");
    private final User ana = org.rep("Ana Adams", midMarket, "America/New_York");

    private static Instant at(String utc) {
        return Instant.parse(utc);
    }

    private static List<SlaEvent.Kind> kinds(List<SlaEvent> events) {
        return events.stream().map(SlaEvent::kind).toList();
    }

    @Test
    void theTeamsPolicyDelaysOrTurnsOffEscalation() {
        try (RoutingWorkspace w = RoutingWorkspace.create(dir, org)) {
            Lead hot = w.newLead("Hot", 86, 500);
            w.routing(NOW).route(hot.getId()).orElseThrow(); // Ana, due 09:05 EST
            SlaMonitor later = w.monitor(new SlaPolicy(SlaPolicy.WEEKDAYS, 9, 17, new java.util.TreeSet<>(), 20, true, 30));
            later.check(at("2026-11-02T14:01:00Z"));
            List<SlaEvent> breached = later.check(at("2026-11-02T14:06:00Z"));
            assertEquals(List.of(SlaEvent.Kind.BREACHED), kinds(breached));
            assertEquals(null, breached.get(0).managerId(), "the rep hears of it first");
            assertTrue(breached.get(0).message().contains("30 business minutes after the due time"), breached.get(0).message());
            assertEquals(List.of(), later.check(at("2026-11-02T14:20:00Z")), "announced once");
            List<SlaEvent> escalated = later.check(at("2026-11-02T14:35:00Z"));
            assertEquals(mark.getId(), escalated.get(0).managerId(), "30 business minutes after 09:05, the manager");

            Lead other = w.newLead("Other", 86, 500);
            w.routing(NOW).route(other.getId()).orElseThrow();
            SlaMonitor never = w.monitor(new SlaPolicy(SlaPolicy.WEEKDAYS, 9, 17, new java.util.TreeSet<>(), 20, false, 0));
            never.check(at("2026-11-02T14:01:00Z"));
            List<SlaEvent> quiet = never.check(at("2026-11-02T20:00:00Z"));
            assertTrue(quiet.stream().allMatch(e -> e.managerId() == null), quiet.toString());
            assertTrue(quiet.stream().anyMatch(e -> e.leadId().equals(other.getId()) && e.kind() == SlaEvent.Kind.BREACHED));
            assertEquals(1, new StoredSla(w.store).escalations(NOW, NOW.plus(Duration.ofDays(1))).size(),
                    "only the first lead was escalated");
        }
    }

    @Test
    void anUrgentLeadIsAnnouncedWarnedAboutAndEscalatedOnce() {
        try (RoutingWorkspace w = RoutingWorkspace.create(dir, org)) {
            Lead hot = w.newLead("Hot", 86, 500);
            w.routing(NOW).route(hot.getId()).orElseThrow(); // Ana, due 09:05 EST
            SlaMonitor monitor = w.monitor();

            List<SlaEvent> arrived = monitor.check(at("2026-11-02T14:01:00Z"));
            assertEquals(List.of(SlaEvent.Kind.URGENT_ARRIVED), kinds(arrived));
            assertTrue(arrived.get(0).concerns(ana.getId()));
            assertFalse(arrived.get(0).concerns(mark.getId()));
            assertEquals("Urgent lead for Ana Adams: Jane Hot (Hot Inc), 4 min left to respond.", arrived.get(0).message());
            assertEquals(List.of(), monitor.check(at("2026-11-02T14:02:00Z")), "announced once");

            List<SlaEvent> warned = monitor.check(at("2026-11-02T14:04:10Z"));
            assertEquals(List.of(SlaEvent.Kind.ABOUT_TO_BREACH), kinds(warned));
            assertEquals(SlaState.AT_RISK, warned.get(0).status().state());

            List<SlaEvent> breached = monitor.check(at("2026-11-02T14:06:00Z"));
            assertEquals(List.of(SlaEvent.Kind.BREACHED), kinds(breached));
            assertEquals(mark.getId(), breached.get(0).managerId());
            assertTrue(breached.get(0).concerns(mark.getId()));
            assertEquals("SLA breached: Jane Hot (Hot Inc) was due Mon 09:05 America/New_York for Ana Adams;"
                    + " escalated to Mark Manager.", breached.get(0).message());
            assertEquals(List.of(), monitor.check(at("2026-11-02T14:10:00Z")), "escalated once");
            assertEquals(List.of(), w.monitor().check(at("2026-11-02T15:00:00Z")), "and not again after a restart");

            assertEquals(List.of(new SlaEscalation(hot.getId(), ana.getId(), mark.getId(), at("2026-11-02T14:05:00Z"),
                    at("2026-11-02T14:06:00Z"))), new StoredSla(w.store).escalations(NOW, NOW.plus(Duration.ofDays(1))));
        }
    }

    @Test
    void theClockOnlyRunsInTheRepsBusinessHours() {
        try (RoutingWorkspace w = RoutingWorkspace.create(dir, org)) {
            Lead hot = w.newLead("Late", 92, 500);
            Instant fridayEvening = at("2026-11-06T21:58:00Z"); // Friday 16:58 EST: 2 minutes today, 3 on Monday
            assertEquals(at("2026-11-09T14:03:00Z"), w.routing(fridayEvening).route(hot.getId()).orElseThrow().dueAt());
            SlaMonitor monitor = w.monitor();
            assertEquals(List.of(SlaEvent.Kind.URGENT_ARRIVED), kinds(monitor.check(at("2026-11-07T12:00:00Z"))));
            assertEquals(List.of(), monitor.check(at("2026-11-08T23:00:00Z")), "nothing happens over the weekend");
            assertEquals(List.of(SlaEvent.Kind.ABOUT_TO_BREACH), kinds(monitor.check(at("2026-11-09T14:02:30Z"))));
            assertEquals(List.of(SlaEvent.Kind.BREACHED), kinds(monitor.check(at("2026-11-09T14:03:00Z"))));
        }
    }

    @Test
    void aBreachInTheQueueGoesToTheSdrManager() {
        try (RoutingWorkspace w = RoutingWorkspace.create(dir, org)) {
            Lead fair = w.newLead("Fair", 55, 500);
            w.routing(NOW).route(fair.getId()).orElseThrow(); // queue: 240 minutes from 09:00 CST, due 13:00 CST
            List<SlaEvent> events = w.monitor().check(at("2026-11-02T19:00:00Z"));
            assertEquals(List.of(SlaEvent.Kind.BREACHED), kinds(events));
            assertEquals(maya.getId(), events.get(0).managerId());
            assertEquals("SLA breached: Jane Fair (Fair Inc) was due Mon 13:00 America/Chicago for the SDR queue;"
                    + " escalated to Maya Queue.", events.get(0).message());
        }
    }

    @Test
    void breachesAreReportedPerRep() {
        try (RoutingWorkspace w = RoutingWorkspace.create(dir, org)) {
            Lead unanswered = w.newLead("Unanswered", 86, 500);
            Lead inTime = w.newLead("InTime", 87, 500);
            Lead late = w.newLead("Late", 88, 500);
            Lead queued = w.newLead("Queued", 40, 500);
            w.routing(NOW).routeUnrouted(com.nexuscrm.domain.Progress.NONE);
            answer(w, inTime, at("2026-11-02T14:03:00Z"));
            answer(w, late, at("2026-11-02T14:30:00Z"));
            Instant later = at("2026-11-03T14:00:00Z");
            w.monitor().check(later);

            List<RepBreaches> report = w.monitor().breachesByRep(later.minus(Duration.ofDays(30)), later, later);
            assertEquals(List.of(new RepBreaches(ana.getId(), 3, 2), new RepBreaches(null, 1, 1)), report);
            assertEquals(java.util.Set.of(unanswered.getId(), queued.getId()), new StoredSla(w.store)
                    .escalations(NOW, later.plusSeconds(1)).stream().map(SlaEscalation::leadId)
                    .collect(java.util.stream.Collectors.toSet()),
                    "escalated: the unanswered lead and the queued one; answered leads, even late, are not escalated");
        }
    }

    private static void answer(RoutingWorkspace w, Lead lead, Instant when) {
        Lead stored = w.lead(lead);
        stored.setStatus(LeadStatus.WORKING);
        stored.setFirstResponseAt(when);
        w.store.leads().save(stored);
    }

    @Test
    void theWatchHandsEventsToSubscribersUntilTheyLeave() {
        try (RoutingWorkspace w = RoutingWorkspace.create(dir, org)) {
            List<List<SlaEvent>> heard = new ArrayList<>();
            List<Runnable> delivered = new ArrayList<>();
            try (SlaWatch watch = new SlaWatch(w.monitor(), Clock.fixed(at("2026-11-02T14:01:00Z"), ZoneOffset.UTC),
                    delivered::add)) {
                Runnable leave = watch.subscribe(heard::add);
                w.routing(NOW).route(w.newLead("Hot", 86, 500).getId()).orElseThrow();
                assertEquals(1, watch.checkNow().size());
                assertEquals(1, delivered.size(), "delivered through the callback executor");
                delivered.forEach(Runnable::run);
                assertEquals(1, heard.size());
                leave.run();
                w.routing(NOW).route(w.newLead("Hotter", 95, 500).getId()).orElseThrow();
                assertEquals(1, watch.checkNow().size());
                delivered.get(1).run();
                assertEquals(1, heard.size(), "nobody listens any more");
            }
        }
    }
}
