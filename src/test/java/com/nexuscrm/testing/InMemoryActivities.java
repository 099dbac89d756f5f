package com.nexuscrm.testing;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityRepository;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.RecordRef;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Activities in memory, reading like storage's {@code StoredActivities}: a timeline is the live activities
 * linked to the record, newest first by {@code occurredAt}, then by id in the store's order, a page at a time;
 * open tasks earliest due first; scheduled ones earliest first; reminders earliest first. See
 * {@link InMemoryRecords} for what every record repository does (rules checked on write, detached copies).
 */
public final class InMemoryActivities extends InMemoryRecords<Activity> implements ActivityRepository {
    private static final Comparator<Activity> NEWEST_FIRST = Comparator
            .comparing(Activity::getOccurredAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()).reversed())
            .thenComparing(Activity::getId, STORE_ORDER.reversed());

    @Override
    public synchronized List<Activity> timeline(RecordRef ref, Set<ActivityType> types, int offset, int limit) {
        return linked(ref, types).sorted(NEWEST_FIRST).skip(Math.max(0, offset)).limit(limit).map(InMemoryRecords::copy).toList();
    }

    @Override
    public synchronized long timelineCount(RecordRef ref, Set<ActivityType> types) {
        return linked(ref, types).count();
    }

    @Override
    public synchronized List<Activity> openTasks(UUID ownerId, Instant dueBefore, int limit) {
        return live(a -> ownerId.equals(a.getOwnerId()) && a.isTask() && !a.isDone() && a.getDueAt() != null
                && a.getDueAt().isBefore(dueBefore))
                .sorted(Comparator.comparing(Activity::getDueAt).thenComparing(Activity::getId, STORE_ORDER))
                .limit(limit).map(InMemoryRecords::copy).toList();
    }

    @Override
    public synchronized List<Activity> scheduled(UUID ownerId, ActivityType type, Instant from, Instant to) {
        return live(a -> ownerId.equals(a.getOwnerId()) && a.getType() == type && a.getOccurredAt() != null
                && !a.getOccurredAt().isBefore(from) && a.getOccurredAt().isBefore(to))
                .sorted(Comparator.comparing(Activity::getOccurredAt).thenComparing(Activity::getId, STORE_ORDER))
                .map(InMemoryRecords::copy).toList();
    }

    @Override
    public synchronized List<Activity> remindersDue(UUID ownerId, Instant after, Instant upTo) {
        return live(a -> ownerId.equals(a.getOwnerId()) && a.isTask() && !a.isDone() && a.getReminderAt() != null
                && a.getReminderAt().isAfter(after) && !a.getReminderAt().isAfter(upTo))
                .sorted(Comparator.comparing(Activity::getReminderAt).thenComparing(Activity::getId, STORE_ORDER))
                .map(InMemoryRecords::copy).toList();
    }

    private Stream<Activity> linked(RecordRef ref, Set<ActivityType> types) {
        return live(a -> ref.isLinkedTo(a) && (types.isEmpty() || types.contains(a.getType())));
    }

    private Stream<Activity> live(Predicate<Activity> test) {
        return rows.values().stream().filter(a -> !a.isDeleted()).filter(test);
    }
}
