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

    /**
     * The live activities occurring from {@code since} (future ones included) that are logged on one of
     * {@code dealIds}, or on one of {@code contactIds} without a deal: what deal health and risks read for many
     * deals at once. Two queries per thousand ids; the default filters every activity (in-memory fakes).
     */
    default List<Activity> forDeals(java.util.Collection<UUID> dealIds, java.util.Collection<UUID> contactIds,
                                    Instant since) {
        Set<UUID> deals = new java.util.HashSet<>(dealIds);
        Set<UUID> contacts = new java.util.HashSet<>(contactIds);
        return findAll().stream().filter(a -> !a.isDeleted() && a.getOccurredAt() != null
                        && !a.getOccurredAt().isBefore(since))
                .filter(a -> a.getDealId() != null ? deals.contains(a.getDealId())
                        : a.getContactId() != null && contacts.contains(a.getContactId()))
                .toList();
    }
}
