package com.nexuscrm.storage;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityRepository;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.RecordRef;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.query.SelectionQuery;

/** {@link ActivityRepository} on Hibernate; each timeline read is one page of an index on (record, occurredAt). */
final class StoredActivities extends StoredRecords<Activity> implements ActivityRepository {
    /** Above this many ids, {@link #forDeals} reads the activities in one pass instead of by id. */
    private static final int SCAN_ABOVE = 2000;
    StoredActivities(WorkspaceStore store) {
        super(store, Activity.class);
    }

    @Override
    public List<Activity> timeline(RecordRef ref, Set<ActivityType> types, int offset, int limit) {
        return store.inTransaction(s -> {
            // The record's column leads the order (it is one value here) so H2 reads the page off the index in order
            // and stops after it, instead of sorting every activity of the record (V10).
            SelectionQuery<Activity> q = s.createSelectionQuery("from Activity a where " + linked(ref)
                    + " and a.deleted = false" + (types.isEmpty() ? "" : " and a.type in :types") + " order by " + column(ref)
                    + ", a.occurredAt desc, a.id desc", Activity.class);
            if (!types.isEmpty()) {
                q.setParameter("types", types);
            }
            return q.setParameter("id", ref.id()).setReadOnly(true)
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
    public Map<ActivityType, Long> timelineCounts(RecordRef ref) {
        Map<ActivityType, Long> counts = new EnumMap<>(ActivityType.class);
        store.inTransaction(s -> s.createSelectionQuery("select a.type, count(*) from Activity a where " + linked(ref)
                        + " and a.deleted = false group by a.type", Object[].class)
                .setParameter("id", ref.id()).getResultList())
                .forEach(row -> counts.put((ActivityType) row[0], (Long) row[1]));
        return counts;
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
        return column(ref) + " = :id";
    }

    private static String column(RecordRef ref) {
        return switch (ref.kind()) {
            case LEAD -> "a.leadId";
            case CONTACT -> "a.contactId";
            case ACCOUNT -> "a.accountId";
            case DEAL -> "a.dealId";
        };
    }

    private static Set<ActivityType> all(Set<ActivityType> types) {
        return types.isEmpty() ? EnumSet.allOf(ActivityType.class) : types;
    }

    @Override
    public List<Activity> forDeals(java.util.Collection<UUID> dealIds, java.util.Collection<UUID> contactIds,
                                   Instant since) {
        if (dealIds.size() + contactIds.size() > SCAN_ABOVE) {
            return scanForDeals(dealIds, contactIds, since);
        }
        List<Activity> found = new java.util.ArrayList<>();
        store.inTransaction(s -> {
            chunks(dealIds).forEach(ids -> found.addAll(s.createSelectionQuery("from Activity a where a.dealId in :ids"
                            + " and a.deleted = false and a.occurredAt >= :since", Activity.class)
                    .setParameter("ids", ids).setParameter("since", since).setReadOnly(true).getResultList()));
            chunks(contactIds).forEach(ids -> found.addAll(s.createSelectionQuery("from Activity a where a.contactId"
                            + " in :ids and a.dealId is null and a.deleted = false and a.occurredAt >= :since", Activity.class)
                    .setParameter("ids", ids).setParameter("since", since).setReadOnly(true).getResultList()));
            return null;
        });
        return found;
    }

    /**
     * {@link #forDeals} for many ids: one pass over the activities since then, kept by id in memory, deals' own first.
     * H2 answers an {@code in} list of a thousand ids with a pass over the table, so chunks cost one pass each.
     */
    private List<Activity> scanForDeals(java.util.Collection<UUID> dealIds, java.util.Collection<UUID> contactIds,
                                        Instant since) {
        Set<UUID> deals = new java.util.HashSet<>(dealIds);
        Set<UUID> contacts = new java.util.HashSet<>(contactIds);
        List<Activity> all = store.inTransaction(s -> s.createSelectionQuery("from Activity a where a.deleted = false"
                + " and a.occurredAt >= :since and (a.dealId is not null or a.contactId is not null)", Activity.class)
                .setParameter("since", since).setReadOnly(true).getResultList());
        List<Activity> found = new java.util.ArrayList<>();
        all.stream().filter(a -> a.getDealId() != null && deals.contains(a.getDealId())).forEach(found::add);
        all.stream().filter(a -> a.getDealId() == null && contacts.contains(a.getContactId())).forEach(found::add);
        return found;
    }

    private static List<List<UUID>> chunks(java.util.Collection<UUID> ids) {
        List<UUID> all = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        List<List<UUID>> chunks = new java.util.ArrayList<>();
        for (int from = 0; from < all.size(); from += 1000) {
            chunks.add(all.subList(from, Math.min(all.size(), from + 1000)));
        }
        return chunks;
    }
}
