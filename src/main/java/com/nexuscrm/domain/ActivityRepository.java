package com.nexuscrm.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Activities and tasks. A timeline is read a page at a time, newest first (by {@code occurredAt}, then id),
 * so a record with thousands of activities opens as fast as one with ten.
 */
public interface ActivityRepository extends RecordRepository<Activity> {
    /**
     * One page of a record's timeline, newest first: live activities linked to {@code ref} whose type is in
     * {@code types} (all types when empty).
     */
    List<Activity> timeline(RecordRef ref, Set<ActivityType> types, int offset, int limit);

    /** How many live activities {@link #timeline} would list in all. */
    long timelineCount(RecordRef ref, Set<ActivityType> types);

    /**
     * {@link #timelineCount} for each type at once (types without activities are absent): the counts a timeline's
     * type filter shows. The default asks once per type; stores override it with one grouped query.
     */
    default java.util.Map<ActivityType, Long> timelineCounts(RecordRef ref) {
        java.util.Map<ActivityType, Long> counts = new java.util.EnumMap<>(ActivityType.class);
        for (ActivityType type : ActivityType.values()) {
            long n = timelineCount(ref, Set.of(type));
            if (n > 0) {
                counts.put(type, n);
            }
        }
        return counts;
    }

    /** The owner's open tasks due before {@code dueBefore} (overdue ones included), earliest due first. */
    List<Activity> openTasks(UUID ownerId, Instant dueBefore, int limit);

    /** The owner's live activities of one type occurring in {@code [from, to)}, earliest first (today's meetings). */
    List<Activity> scheduled(UUID ownerId, ActivityType type, Instant from, Instant to);

    /**
     * The owner's open tasks whose reminder time is in {@code (after, upTo]}, earliest reminder first: the
     * reminders that came due since the last look. The default reads the owner's open tasks; stores override it
     * with one query.
     */
    default List<Activity> remindersDue(UUID ownerId, Instant after, Instant upTo) {
        return openTasks(ownerId, Instant.parse("9999-01-01T00:00:00Z"), Integer.MAX_VALUE).stream()
                .filter(t -> t.getReminderAt() != null && t.getReminderAt().isAfter(after) && !t.getReminderAt().isAfter(upTo))
                .sorted(java.util.Comparator.comparing(Activity::getReminderAt))
                .toList();
    }
}
