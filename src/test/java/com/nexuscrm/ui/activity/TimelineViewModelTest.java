package com.nexuscrm.ui.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.TaskPriority;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import com.nexuscrm.testing.InMemoryActivities;
import com.nexuscrm.testing.InMemoryLeads;
import com.nexuscrm.testing.InMemoryRecords;
import com.nexuscrm.testing.InMemoryWriter;
import com.nexuscrm.testing.Leads;
import com.nexuscrm.testing.MutableClock;
import com.nexuscrm.testing.SalesTeams;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.RecordingDialogs;
import com.nexuscrm.usecase.LogActivity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The timeline and its log form over in-memory activities, leads, contacts and deals, run synchronously. */
class TimelineViewModelTest {
    private static final Instant T0 = Instant.parse("2026-03-02T10:15:00Z");
    private static final ActivityType[] CYCLE = {ActivityType.CALL, ActivityType.EMAIL, ActivityType.CALL,
            ActivityType.NOTE, ActivityType.MEETING, ActivityType.TASK};

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryActivities activities = new InMemoryActivities();
    private final InMemoryLeads leads = new InMemoryLeads(clock);
    private final InMemoryRecords<Contact> contacts = new InMemoryRecords<>();
    private final InMemoryRecords<Deal> deals = new InMemoryRecords<>();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final LogActivity log = new LogActivity(activities, leads, contacts, deals,
            new InMemoryWriter().with(Activity.class, activities).with(Lead.class, leads)
                    .with(Contact.class, contacts).with(Deal.class, deals), clock);
    private User rep;
    private TimelineViewModel model;

    @BeforeEach
    void build() {
        SalesTeams org = new SalesTeams();
        Team team = org.team("Inbound", "SMB");
        rep = org.rep("Rita Rep", team, "UTC");
        model = new TimelineViewModel(activities, log, rep, new DirectTaskExecutor(), dialogs, clock,
                new Formats(Locale.UK, ZoneOffset.UTC));
    }

    /** {@code n} activities on the account, one an hour back from T0, types cycling; returns them newest first. */
    private List<Activity> seedAccount(UUID account, int n) {
        List<Activity> made = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Activity a = new Activity(Ids.newId());
            a.setType(CYCLE[i % CYCLE.length]);
            a.setSubject("Activity " + i);
            a.setAccountId(account);
            a.setOwnerId(rep.getId());
            a.setOccurredAt(T0.minus(Duration.ofHours(i + 1)));
            if (a.isTask()) {
                a.setDueAt(T0.plus(Duration.ofDays(1)));
                a.setPriority(TaskPriority.NORMAL);
            }
            made.add(a);
        }
        activities.insertAll(made);
        return made;
    }

    private static List<String> subjects(List<TimelineItem> items) {
        return items.stream().map(TimelineItem::subject).toList();
    }

    @Test
    void opensNewestFirstAPageAtATimeWithCounts() {
        UUID account = Ids.newId();
        List<Activity> made = seedAccount(account, 120);
        seedAccount(Ids.newId(), 7); // another account's activities are not listed

        model.show(RecordRef.account(account));

        assertEquals(TimelineViewModel.PAGE, model.items().size());
        assertEquals(subjects(made.stream().limit(50).map(TimelineItem::of).toList()), subjects(model.items()));
        assertTrue(model.hasMoreProperty().get());
        assertEquals(120L, model.counts().get(TimelineFilter.ALL));
        assertEquals(40L, model.counts().get(TimelineFilter.CALLS));
        assertEquals(20L, model.counts().get(TimelineFilter.TASKS));
        assertEquals("50 of 120 activities", model.summaryProperty().get());
        assertEquals("Calls (40)", model.filterLabel(TimelineFilter.CALLS));

        model.loadMore();
        model.loadMore();
        assertEquals(120, model.items().size());
        assertFalse(model.hasMoreProperty().get());
        assertEquals(120, new HashSet<>(model.items()).size());
        assertEquals(subjects(made.stream().map(TimelineItem::of).toList()), subjects(model.items()));
        model.loadMore(); // nothing more to load
        assertEquals(120, model.items().size());
    }

    @Test
    void filtersByTypeAndShowingAnotherRecordStartsFromAll() {
        UUID account = Ids.newId();
        seedAccount(account, 30);
        model.show(RecordRef.account(account));

        model.filterProperty().set(TimelineFilter.CALLS);
        assertEquals(10, model.items().size());
        assertTrue(model.items().stream().allMatch(i -> i.type() == ActivityType.CALL));
        assertEquals("10 of 10 calls", model.summaryProperty().get());

        model.filterProperty().set(TimelineFilter.MEETINGS);
        assertEquals(5, model.items().size());

        UUID other = Ids.newId();
        model.show(RecordRef.account(other));
        assertEquals(TimelineFilter.ALL, model.filterProperty().get());
        assertTrue(model.items().isEmpty());
        assertTrue(model.emptyTextProperty().get().startsWith("Nothing logged yet. Press Ctrl+L"));
    }

    @Test
    void theLogFormOffersTheTeamsOutcomesAsTheyAreWhenItOpens() {
        Lead lead = leads.save(Leads.lead("Ada", "Byron", "Analytical"));
        model.show(RecordRef.lead(lead.getId()));
        model.startLogging();
        assertEquals(LogActivityViewModel.OUTCOMES, model.form().outcomes(), "the built-in outcomes until the team has its own");
        model.form().cancel();

        com.nexuscrm.domain.Picklist[] team = {com.nexuscrm.domain.Picklists.defaults(
                com.nexuscrm.domain.PicklistName.ACTIVITY_OUTCOME).withAdded("Sent samples")};
        model.useOutcomes(() -> team[0]);
        model.startLogging();
        assertTrue(model.form().outcomes().contains("Sent samples"), model.form().outcomes().toString());
        model.form().subjectProperty().set("Follow-up");
        model.form().outcomeProperty().set("vm"); // a synonym of the team's value: stored as its key
        assertTrue(model.form().save().isEmpty());
        assertEquals("Left voicemail", activities.timeline(RecordRef.lead(lead.getId()), java.util.Set.of(), 0, 1)
                .get(0).getOutcome());

        team[0] = team[0].withAdded("Asked for a quote"); // a sync brought a longer list: the next form offers it
        model.startLogging();
        assertTrue(model.form().outcomes().contains("Asked for a quote"));
        model.form().subjectProperty().set("Second call");
        model.form().outcomeProperty().set("Promised to think"); // not on the list: kept as typed
        assertTrue(model.form().save().isEmpty());
        assertEquals("Promised to think", activities.timeline(RecordRef.lead(lead.getId()), java.util.Set.of(), 0, 1)
                .get(0).getOutcome());
    }

    @Test
    void aLoggedCallShowsAtOnceStopsTheLeadsSlaClockAndTellsTheHost() {
        Lead lead = leads.save(Leads.lead("Ada", "Byron", "Analytical"));
        List<Activity> changed = new ArrayList<>();
        model.onChange(changed::add);
        model.show(RecordRef.lead(lead.getId()));
        assertTrue(model.items().isEmpty());

        model.startLogging();
        LogActivityViewModel form = model.form();
        assertTrue(form.openProperty().get());
        assertEquals(ActivityType.CALL, form.typeProperty().get());
        assertEquals(LocalDate.of(2026, 3, 2), form.dateProperty().get());
        assertEquals("10:15", form.timeProperty().get());
        form.subjectProperty().set("  Intro call ");
        form.outcomeProperty().set("Connected");
        form.notesProperty().set("Wants a demo\nnext week");
        assertTrue(form.save().isEmpty());

        assertFalse(form.openProperty().get());
        assertEquals(1, model.items().size());
        TimelineItem shown = model.items().get(0);
        assertEquals("Intro call", shown.subject());
        assertEquals("Call · Connected", shown.details());
        assertEquals("Wants a demo next week", shown.preview());
        assertEquals("2 Mar 2026, 10:15", shown.when(model.formats()));
        assertEquals(1L, model.counts().get(TimelineFilter.ALL));
        assertEquals(1L, model.counts().get(TimelineFilter.CALLS));
        assertEquals(1, changed.size());
        assertEquals(T0, leads.find(lead.getId()).orElseThrow().getFirstResponseAt());
        assertEquals(1, activities.timelineCount(RecordRef.lead(lead.getId()), java.util.Set.of()));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void anOlderActivityGoesInItsPlaceAndAFilteredOutOneIsOnlyCounted() {
        UUID account = Ids.newId();
        seedAccount(account, 3); // 09:15, 08:15, 07:15
        model.show(RecordRef.account(account));
        model.startLogging();
        model.form().subjectProperty().set("Lunch");
        model.form().typeProperty().set(ActivityType.MEETING);
        model.form().timeProperty().set("8:45");
        model.form().save();
        assertEquals(List.of("Activity 0", "Lunch", "Activity 1", "Activity 2"), subjects(model.items()));

        model.filterProperty().set(TimelineFilter.CALLS);
        model.startLogging();
        model.form().typeProperty().set(ActivityType.NOTE);
        model.form().subjectProperty().set("Budget is approved");
        model.form().save();
        assertEquals(List.of("Activity 0", "Activity 2"), subjects(model.items()));
        assertEquals(5L, model.counts().get(TimelineFilter.ALL));
        assertEquals(1L, model.counts().get(TimelineFilter.NOTES));
    }

    @Test
    void aTaskIsDueTomorrowWithItsPriorityAndReminder() {
        UUID account = Ids.newId();
        model.show(RecordRef.account(account));
        model.startLogging();
        LogActivityViewModel form = model.form();
        form.typeProperty().set(ActivityType.TASK);
        assertTrue(form.taskProperty().get());
        assertFalse(form.withOutcomeProperty().get());
        assertEquals(LocalDate.of(2026, 3, 3), form.dateProperty().get());
        assertEquals("09:00", form.timeProperty().get());
        form.subjectProperty().set("Send the proposal");
        form.priorityProperty().set(TaskPriority.HIGH);
        form.reminderProperty().set(ReminderChoice.HOUR_1);
        form.outcomeProperty().set("ignored for a task");
        form.save();

        Activity task = activities.findAll().get(0);
        assertEquals(Instant.parse("2026-03-03T09:00:00Z"), task.getDueAt());
        assertEquals(Instant.parse("2026-03-03T08:00:00Z"), task.getReminderAt());
        assertEquals(TaskPriority.HIGH, task.getPriority());
        assertNull(task.getOutcome());
        assertFalse(task.isDone());
        assertEquals("Due 3 Mar 2026, 09:00", model.items().get(0).when(model.formats()));
        assertEquals("Task · High priority · Open", model.items().get(0).details());
    }

    @Test
    void refusedInputIsShownBesideItsFieldAndNothingIsSaved() {
        model.show(RecordRef.account(Ids.newId()));
        model.startLogging();
        LogActivityViewModel form = model.form();
        form.subjectProperty().set("   ");
        form.save();
        assertEquals("The subject is required", form.errors().get("subject"));
        assertTrue(form.openProperty().get());

        form.subjectProperty().set("x".repeat(501));
        form.save();
        assertEquals("The subject is 501 characters long; at most 500 allowed", form.errors().get("subject"));

        form.subjectProperty().set("Follow up");
        form.timeProperty().set("25:99");
        form.save();
        assertEquals("'25:99' is not a time of day; enter it as 14:30", form.errors().get("when"));
        assertNull(form.errors().get("subject"));

        form.timeProperty().set("");
        form.save();
        assertEquals("Enter a time of day, e.g. 14:30", form.errors().get("when"));
        form.dateProperty().set(null);
        form.timeProperty().set("9:30");
        form.save();
        assertTrue(form.errors().get("when").startsWith("Enter a date, e.g. "), form.errors().get("when"));
        assertEquals(0, activities.count());
        assertTrue(model.items().isEmpty());

        form.cancel();
        assertFalse(form.openProperty().get());
        assertTrue(form.errors().isEmpty());
    }

    @Test
    void loggingOnALeadDeletedMeanwhileSaysSoAndSavesNothing() {
        Lead lead = leads.save(Leads.lead("Gone", "Meanwhile", "Elsewhere"));
        model.show(RecordRef.lead(lead.getId()));
        leads.delete(lead.getId());
        model.startLogging();
        model.form().subjectProperty().set("Call back");
        model.form().save();
        assertEquals(List.of("Cannot log the call: The lead was deleted (perhaps on another workstation); the activity"
                + " was not logged."), dialogs.errors);
        assertEquals(0, activities.count());
        assertTrue(model.form().openProperty().get());
    }

    @Test
    void aTaskIsCompletedAndOpenedAgainInPlaceOtherRowsAreLeftAlone() {
        UUID account = Ids.newId();
        seedAccount(account, 6); // Activity 5 is the task
        model.show(RecordRef.account(account));
        TimelineItem task = model.items().stream().filter(TimelineItem::isTask).findFirst().orElseThrow();
        int at = model.items().indexOf(task);

        clock.advance(Duration.ofMinutes(5));
        model.toggleDone(task);
        TimelineItem done = model.items().get(at);
        assertTrue(done.done());
        assertEquals(T0.plus(Duration.ofMinutes(5)), done.completedAt());
        assertTrue(activities.find(task.id()).orElseThrow().isDone());
        assertEquals("Done 2 Mar 2026, 10:20", done.when(model.formats()));

        model.toggleDone(done);
        assertFalse(model.items().get(at).done());
        assertFalse(activities.find(task.id()).orElseThrow().isDone());
        assertNull(activities.find(task.id()).orElseThrow().getCompletedAt());

        TimelineItem call = model.items().get(0);
        model.toggleDone(call);
        assertEquals(call, model.items().get(0));
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void anOverdueTaskIsMarkedAndNothingShownClearsTheTimeline() {
        UUID account = Ids.newId();
        seedAccount(account, 6);
        model.show(RecordRef.account(account));
        TimelineItem task = model.items().stream().filter(TimelineItem::isTask).findFirst().orElseThrow();
        assertFalse(task.overdue(model.now()));
        clock.advance(Duration.ofDays(2));
        assertTrue(task.overdue(model.now()));

        model.show(null);
        assertTrue(model.items().isEmpty());
        assertNull(model.recordProperty().get());
        assertEquals("", model.summaryProperty().get());
        model.startLogging();
        assertFalse(model.form().openProperty().get());
        assertNotNull(model.emptyTextProperty().get());
    }
}
