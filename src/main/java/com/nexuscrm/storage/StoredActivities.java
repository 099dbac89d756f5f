package com.nexuscrm.storage;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityRepository;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.RecordRef;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.query.SelectionQuery;

/** {@link ActivityRepository} on Hibernate; each timeline read is one page of an index on (record, occurredAt). */
final class StoredActivities extends StoredRecords<Activity> implements ActivityRepository {
    StoredActivities(WorkspaceStore store) {
        super(store, Activity.class);
    }

    @Override
    public List<Activity> timeline(RecordRef ref, Set<ActivityType> types, int offset, int limit) {
        return store.inTransaction(s -> {
            SelectionQuery<Activity> q = s.createSelectionQuery("from Activity a where " + linked(ref)
                    + " and a.deleted = false and a.type in :types order by a.occurredAt desc, a.id desc", Activity.class);
            return q.setParameter("id", ref.id()).setParameter("types", all(types))
                    .setFirstResult(Math.max(0, offset)).setMaxResults(limit).getResultList();
        });
    }

    @Override
    public long timelineCount(RecordRef ref, Set<ActivityType> types) {
        return store.inTransaction(s -> s.createSelectionQuery("select count(*) from Activity a where " + linked(ref)
                        + " and a.deleted = false and a.type in :types", Long.class)
                .setParameter("id", ref.id()).setParameter("types", all(types)).getSingleResult());
    }

    @Override
    public List<Activity> openTasks(UUID ownerId, Instant dueBefore, int limit) {
        return store.inTransaction(s -> s.createSelectionQuery("from Activity a where a.ownerId = :owner and a.done = false"
                        + " and a.deleted = false and a.type = :task and a.dueAt < :before order by a.dueAt, a.id", Activity.class)
                .setParameter("owner", ownerId).setParameter("task", ActivityType.TASK).setParameter("before", dueBefore)
                .setMaxResults(limit).getResultList());
    }

    @Override
    public List<Activity> scheduled(UUID ownerId, ActivityType type, Instant from, Instant to) {
        return store.inTransaction(s -> s.createSelectionQuery("from Activity a where a.ownerId = :owner and a.type = :type"
                        + " and a.deleted = false and a.occurredAt >= :from and a.occurredAt < :to order by a.occurredAt, a.id",
                        Activity.class)
                .setParameter("owner", ownerId).setParameter("type", type).setParameter("from", from).setParameter("to", to)
                .getResultList());
    }

    @Override
    public List<Activity> remindersDue(UUID ownerId, Instant after, Instant upTo) {
        return store.inTransaction(s -> s.createSelectionQuery("from Activity a where a.ownerId = :owner and a.done = false"
                        + " and a.deleted = false and a.type = :task and a.reminderAt > :after and a.reminderAt <= :upTo"
                        + " order by a.reminderAt, a.id", Activity.class)
                .setParameter("owner", ownerId).setParameter("task", ActivityType.TASK).setParameter("after", after)
                .setParameter("upTo", upTo).getResultList());
    }

    private static String linked(RecordRef ref) {
        return switch (ref.kind()) {
            case LEAD -> "a.leadId = :id";
            case CONTACT -> "a.contactId = :id";
            case ACCOUNT -> "a.accountId = :id";
            case DEAL -> "a.dealId = :id";
        };
    }

    private static Set<ActivityType> all(Set<ActivityType> types) {
        return types.isEmpty() ? EnumSet.allOf(ActivityType.class) : types;
    }
}
