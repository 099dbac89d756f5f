package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.TaskPriority;
import com.nexuscrm.testing.InMemoryActivities;
import com.nexuscrm.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Task reminders as time passes on a {@link MutableClock}: each once, only the rep's, only open tasks. */
class TaskRemindersTest {
    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryActivities activities = new InMemoryActivities();
    private final UUID me = Ids.newId();

    private Activity task(String subject, UUID owner, Instant reminder) {
        Activity a = new Activity(Ids.newId());
        a.setType(ActivityType.TASK);
        a.setSubject(subject);
        a.setOwnerId(owner);
        a.setOccurredAt(T0.minus(Duration.ofDays(1)));
        a.setDueAt(reminder == null ? T0.plus(Duration.ofHours(3)) : reminder.plus(Duration.ofHours(1)));
        a.setReminderAt(reminder);
        a.setPriority(TaskPriority.NORMAL);
        return activities.save(a);
    }

    private static List<String> subjects(List<Activity> list) {
        return list.stream().map(Activity::getSubject).toList();
    }

    @Test
    void aReminderIsGivenOnceWhenItsTimePassesWhileTheAppIsOpen() {
        task("Passed before the app opened", me, T0.minus(Duration.ofMinutes(1)));
        task("Call Ada back", me, T0.plus(Duration.ofMinutes(5)));
        task("Send the proposal", me, T0.plus(Duration.ofMinutes(20)));
        task("No reminder", me, null);
        task("Someone else's", Ids.newId(), T0.plus(Duration.ofMinutes(5)));
        Activity done = task("Done before its reminder", me, T0.plus(Duration.ofMinutes(6)));
        done.setDone(true);
        activities.save(done);
        TaskReminders reminders = new TaskReminders(activities, () -> me, clock, Runnable::run);
        List<List<String>> delivered = new ArrayList<>();
        Runnable unsubscribe = reminders.subscribe(batch -> delivered.add(subjects(batch)));

        assertTrue(reminders.checkNow().isEmpty());
        clock.advance(Duration.ofMinutes(4));
        assertTrue(reminders.checkNow().isEmpty());
        clock.advance(Duration.ofMinutes(1)); // 10:05, the reminder's own minute
        assertEquals(List.of("Call Ada back"), subjects(reminders.checkNow()));
        assertTrue(reminders.checkNow().isEmpty(), "given once");
        clock.advance(Duration.ofHours(1));
        assertEquals(List.of("Send the proposal"), subjects(reminders.checkNow()));
        assertEquals(List.of(List.of("Call Ada back"), List.of("Send the proposal")), delivered);

        unsubscribe.run();
        task("Later", me, clock.instant().plus(Duration.ofMinutes(1)));
        clock.advance(Duration.ofMinutes(2));
        assertEquals(List.of("Later"), subjects(reminders.checkNow()));
        assertEquals(2, delivered.size(), "no longer delivered after unsubscribing");
    }

    @Test
    void remindersThatCameDueTogetherArriveInOneBatchEarliestFirst() {
        task("Second", me, T0.plus(Duration.ofMinutes(10)));
        task("First", me, T0.plus(Duration.ofMinutes(2)));
        TaskReminders reminders = new TaskReminders(activities, () -> me, clock, Runnable::run);
        clock.advance(Duration.ofMinutes(30));
        assertEquals(List.of("First", "Second"), subjects(reminders.checkNow()));
    }
}
