package com.nexuscrm.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityRepository;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.TaskPriority;
import com.nexuscrm.testing.InMemoryActivities;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's activity queries and the ViewModel tests' {@link InMemoryActivities} select and order the same
 * records: timeline pages (ties in time broken by id), counts by type, and due reminders.
 */
class ActivityQueriesTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path dir;
    private WorkspaceStore store;
    private final InMemoryActivities memory = new InMemoryActivities();
    private final UUID account = Ids.newId();
    private final UUID owner = Ids.newId();

    @BeforeEach
    void seed() {
        store = WorkspaceStore.create(dir, "activity queries".toCharArray());
        Random random = new Random(5);
        List<Activity> made = new ArrayList<>();
        for (int i = 0; i < 140; i++) {
            Activity a = new Activity(Ids.newId());
            a.setType(ActivityType.values()[random.nextInt(ActivityType.values().length)]);
            a.setSubject("A" + i);
            a.setAccountId(i % 7 == 0 ? Ids.newId() : account);
            a.setOwnerId(owner);
            a.setOccurredAt(T0.minus(Duration.ofHours(random.nextInt(20)))); // many ties: the id decides
            a.setDeleted(i % 11 == 0);
            if (a.isTask()) {
                a.setDueAt(T0.plus(Duration.ofHours(random.nextInt(48))));
                a.setPriority(TaskPriority.NORMAL);
                a.setReminderAt(random.nextBoolean() ? null : a.getDueAt().minus(Duration.ofMinutes(30)));
                a.setDone(random.nextInt(4) == 0);
            }
            made.add(a);
        }
        store.activities().insertAll(made);
        memory.insertAll(made);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static List<UUID> ids(List<Activity> list) {
        return list.stream().map(Activity::getId).toList();
    }

    @Test
    void timelinePagesCountsAndRemindersAgree() {
        ActivityRepository stored = store.activities();
        RecordRef ref = RecordRef.account(account);
        for (Set<ActivityType> types : List.of(Set.<ActivityType>of(), Set.of(ActivityType.CALL),
                Set.of(ActivityType.TASK, ActivityType.NOTE))) {
            for (int offset : new int[] {0, 50, 100}) {
                assertEquals(ids(memory.timeline(ref, types, offset, 50)), ids(stored.timeline(ref, types, offset, 50)),
                        types + " from " + offset);
            }
            assertEquals(memory.timelineCount(ref, types), stored.timelineCount(ref, types));
        }
        Map<ActivityType, Long> counts = stored.timelineCounts(ref);
        assertEquals(memory.timelineCounts(ref), counts);
        assertEquals(stored.timelineCount(ref, Set.of()), counts.values().stream().mapToLong(Long::longValue).sum());
        Instant after = T0.plus(Duration.ofHours(5));
        Instant upTo = T0.plus(Duration.ofHours(30));
        List<Activity> due = stored.remindersDue(owner, after, upTo);
        assertEquals(ids(memory.remindersDue(owner, after, upTo)), ids(due));
        assertEquals(false, due.isEmpty());
        assertEquals(List.of(), stored.remindersDue(Ids.newId(), after, upTo));
    }
}
