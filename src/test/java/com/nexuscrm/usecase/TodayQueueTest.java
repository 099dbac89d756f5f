package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadRow;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.TaskPriority;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.routing.SlaClock;
import com.nexuscrm.storage.StoredSla;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.Leads;
import com.nexuscrm.testing.MutableClock;
import com.nexuscrm.testing.SalesTeams;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Today queue on a real encrypted store. The rep works in New York; the clock stands at 22:30 on Tuesday
 * 3 March there, already Wednesday 4 March in UTC, so "today" and "this week" must be the rep's.
 */
class TodayQueueTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant NOW = at(LocalDate.of(2026, 3, 3), 22, 30);

    @TempDir
    Path dir;
    private WorkspaceStore store;
    private Workspace workspace;
    private final MutableClock clock = new MutableClock(NOW);
    private final SalesTeams org = new SalesTeams();
    private User rep;
    private User other;
    private TodayQueue queue;
    private LogActivity log;

    @BeforeEach
    void open() {
        store = WorkspaceStore.create(dir, "today pass".toCharArray());
        workspace = Workspace.over(store);
        Team team = org.team("Mid-Market", "MM");
        rep = org.rep("Rita Rep", team, NEW_YORK.getId());
        other = org.rep("Otto Other", team, "UTC");
        queue = new TodayQueue(workspace.activities(), workspace.leads(), workspace.deals(), new StoredSla(store),
                () -> new SlaClock(org.floor()), clock, ZoneId.of("UTC"));
        log = new LogActivity(workspace, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void tasksAreOverdueThenTodaysByPriorityInTheRepsZoneAndACompletedOneDropsOut() {
        Lead lead = lead("Tia", "Task", 50, rep);
        Activity overdue = task("Overdue", at(LocalDate.of(2026, 3, 2), 16, 0), TaskPriority.LOW, lead);
        Activity low = task("Low today", at(LocalDate.of(2026, 3, 3), 9, 0), TaskPriority.LOW, lead);
        Activity high = task("High today, late", at(LocalDate.of(2026, 3, 3), 21, 0), TaskPriority.HIGH, lead);
        Activity normal = task("Normal today", at(LocalDate.of(2026, 3, 3), 11, 0), TaskPriority.NORMAL, lead);
        task("Tomorrow in New York, today in UTC", at(LocalDate.of(2026, 3, 4), 7, 0), TaskPriority.HIGH, lead);

        TodayWork work = queue.build(rep);
        assertEquals(LocalDate.of(2026, 3, 3), work.day(), "the rep's day, not UTC's");
        assertEquals(List.of("Overdue", "High today, late", "Normal today", "Low today"), subjects(work));
        assertEquals(List.of(true, false, false, false), work.tasks().stream().map(TodayWork.DueTask::overdue).toList());

        log.complete(normal.getId());
        assertEquals(List.of(overdue.getId(), high.getId(), low.getId()),
                queue.build(rep).tasks().stream().map(t -> t.task().getId()).toList());
        assertTrue(queue.build(other).tasks().isEmpty(), "another rep's queue has none of these");
    }

    @Test
    void todaysMeetingsAreThoseOfTheRepsDay() {
        Lead lead = lead("Mo", "Meeting", 50, rep);
        meeting("Yesterday evening (today in UTC)", at(LocalDate.of(2026, 3, 2), 20, 0), lead);
        meeting("Demo", at(LocalDate.of(2026, 3, 3), 15, 0), lead);
        meeting("Review", at(LocalDate.of(2026, 3, 3), 10, 0), lead);
        meeting("Tomorrow", at(LocalDate.of(2026, 3, 4), 10, 0), lead);

        assertEquals(List.of("Review", "Demo"), queue.build(rep).meetings().stream().map(Activity::getSubject).toList());
    }

    @Test
    void slaRisksAreBreachedOrAboutToBeAndAreNotAlsoInCallFirst() {
        // Outside working hours (22:30): the clock is paused, so time left is business time.
        Lead breached = routed("Bea", "Breached", 20, at(LocalDate.of(2026, 3, 3), 15, 0));
        Lead soon = routed("Sam", "Soon", 95, at(LocalDate.of(2026, 3, 4), 9, 40));
        Lead later = routed("Lou", "Later", 30, at(LocalDate.of(2026, 3, 4), 13, 0));
        routed("Old", "Breach", 10, at(LocalDate.of(2026, 2, 16), 10, 0));

        TodayWork work = queue.build(rep);
        assertEquals(List.of(breached.getId(), soon.getId()), work.slaRisks().stream().map(r -> r.lead().getId()).toList());
        assertEquals(Duration.ofMinutes(40), work.slaRisks().get(1).status().left());
        List<String> callFirst = work.callFirst().stream().map(LeadRow::lastName).toList();
        assertFalse(callFirst.contains("Soon"), callFirst.toString());
        assertEquals(List.of("Later", "Breach"), callFirst, "the rest by score; a breach older than a week is left to the inbox");
        assertTrue(later.getSlaDueAt().isAfter(NOW));
    }

    @Test
    void callFirstIsTheRepsUnansweredNewLeadsByScore() {
        lead("Ann", "Forty", 40, rep);
        lead("Ben", "Ninety", 90, rep);
        lead("Cid", "Unscored", null, rep);
        lead("Dot", "Seventy", 70, rep);
        lead("Eve", "Others", 99, other);
        Lead working = lead("Fay", "Working", 98, rep);
        working.setStatus(LeadStatus.WORKING);
        workspace.leads().save(working);
        Lead called = lead("Gus", "Called", 97, rep);
        log.log(LogActivity.Draft.of(ActivityType.CALL, "Intro call", RecordRef.lead(called.getId()), NOW), rep);

        assertEquals(List.of("Ninety", "Seventy", "Forty", "Unscored"),
                queue.build(rep).callFirst().stream().map(LeadRow::lastName).toList());
    }

    @Test
    void dealsCloseThisWeekInTheRepsWeekOrHaveGoneQuiet() {
        Deal monday = deal("Closes Monday", LocalDate.of(2026, 3, 2), DealStage.PROPOSAL, rep);
        Deal sunday = deal("Closes Sunday", LocalDate.of(2026, 3, 8), DealStage.NEGOTIATION, rep);
        deal("Closed already", LocalDate.of(2026, 3, 4), DealStage.CLOSED_WON, rep);
        deal("Closed last week", LocalDate.of(2026, 3, 1), DealStage.PROPOSAL, rep);
        deal("Another rep's", LocalDate.of(2026, 3, 5), DealStage.PROPOSAL, other);
        Deal quiet = deal("Quiet", LocalDate.of(2026, 4, 30), DealStage.QUALIFICATION, rep);
        quiet.setCreatedAt(NOW.minus(Duration.ofDays(60)));
        workspace.deals().save(quiet);
        dealActivity(quiet, NOW.minus(Duration.ofDays(20)));
        dealActivity(quiet, NOW.minus(Duration.ofDays(2)).plus(Duration.ofDays(30))); // in the future: not work done
        Deal worked = deal("Worked", LocalDate.of(2026, 4, 30), DealStage.QUALIFICATION, rep);
        dealActivity(worked, NOW.minus(Duration.ofDays(3)));
        Deal neverWorked = deal("Never worked", LocalDate.of(2026, 5, 30), DealStage.PROSPECTING, rep);
        neverWorked.setCreatedAt(NOW.minus(Duration.ofDays(40)));
        workspace.deals().save(neverWorked);

        TodayWork work = queue.build(rep);
        assertEquals(List.of(monday.getId(), sunday.getId()),
                work.closingThisWeek().stream().map(d -> d.deal().getId()).toList());
        assertEquals(List.of("Never worked", "Quiet"),
                work.goneQuiet().stream().map(q -> q.deal().deal().getName()).toList());
        assertEquals(List.of(40L, 20L), work.goneQuiet().stream().map(TodayWork.QuietDeal::daysQuiet).toList());
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(NEW_YORK).toInstant();
    }

    private static List<String> subjects(TodayWork work) {
        return work.tasks().stream().map(t -> t.task().getSubject()).toList();
    }

    private Lead lead(String first, String last, Integer score, User owner) {
        Lead lead = Leads.lead(first, last, last + " Co");
        lead.setOwnerId(owner.getId());
        lead.setScore(score);
        return workspace.leads().save(lead);
    }

    private Lead routed(String first, String last, Integer score, Instant due) {
        Lead lead = Leads.lead(first, last, last + " Co");
        lead.setOwnerId(rep.getId());
        lead.setScore(score);
        lead.setRoutedAt(due.minus(Duration.ofHours(2)));
        lead.setSlaDueAt(due);
        return workspace.leads().save(lead);
    }

    private Activity task(String subject, Instant due, TaskPriority priority, Lead on) {
        LogActivity.Draft draft = new LogActivity.Draft(ActivityType.TASK, subject, null, RecordRef.lead(on.getId()), due,
                priority, null, null, null);
        return log.log(draft, rep);
    }

    private void meeting(String subject, Instant when, Lead on) {
        log.log(LogActivity.Draft.of(ActivityType.MEETING, subject, RecordRef.lead(on.getId()), when), rep);
    }

    private Deal deal(String name, LocalDate close, DealStage stage, User owner) {
        Deal deal = new Deal(Ids.newId());
        deal.setName(name);
        deal.setStage(stage);
        deal.setAmount(new BigDecimal("12000"));
        deal.setCurrency("USD");
        deal.setCloseDate(close);
        deal.setCreatedAt(NOW.minus(Duration.ofDays(5)));
        deal.setClosedAt(stage.isClosed() ? NOW : null);
        deal.setOwnerId(owner.getId());
        return workspace.deals().save(deal);
    }

    private void dealActivity(Deal deal, Instant when) {
        log.log(LogActivity.Draft.of(ActivityType.CALL, "Check-in call", RecordRef.deal(deal.getId()), when), rep);
    }
}
