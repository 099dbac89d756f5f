package com.nexuscrm.storage;

import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealContact;
import com.nexuscrm.domain.DealLineItem;
import com.nexuscrm.domain.DealRepository;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.OpenDeal;
import com.nexuscrm.domain.DealRole;
import com.nexuscrm.domain.deal.BuyingGroupMember;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@link DealRepository} on Hibernate: the open deals in one query, their last activity in one grouped query. */
final class StoredDeals extends StoredRecords<Deal> implements DealRepository {
    /** Above this many deals, {@link #people} reads every buying group in one pass instead of by id. */
    private static final int SCAN_ABOVE = 2000;
    StoredDeals(WorkspaceStore store) {
        super(store, Deal.class);
    }

    @Override
    public List<OpenDeal> openDeals(UUID ownerId, Instant now) {
        return store.inTransaction(s -> {
            List<Deal> open = s.createSelectionQuery("from Deal d where d.ownerId = :owner and d.deleted = false"
                            + " and (d.stage is null or d.stage not in :closed) order by d.closeDate nulls last, d.id", Deal.class)
                    .setParameter("owner", ownerId).setParameter("closed", List.of(DealStage.CLOSED_WON, DealStage.CLOSED_LOST))
                    .setReadOnly(true).getResultList();
            if (open.isEmpty()) {
                return List.of();
            }
            Map<UUID, Instant> worked = new HashMap<>();
            List<UUID> ids = open.stream().map(Deal::getId).toList();
            for (int from = 0; from < ids.size(); from += 1000) {
                s.createSelectionQuery("select a.dealId, max(a.occurredAt) from Activity a where a.dealId in :ids"
                                + " and a.deleted = false and a.occurredAt <= :now and (a.type <> :task or a.done = true)"
                                + " group by a.dealId", Object[].class)
                        .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                        .setParameter("now", now).setParameter("task", ActivityType.TASK).getResultList()
                        .forEach(row -> worked.put((UUID) row[0], (Instant) row[1]));
            }
            return open.stream().map(d -> new OpenDeal(d, worked.get(d.getId()))).toList();
        });
    }

    @Override
    public List<DealLineItem> lineItems(UUID dealId) {
        return store.inTransaction(s -> s.createSelectionQuery("from DealLineItem i where i.dealId = :deal"
                + " and i.deleted = false order by i.id", DealLineItem.class).setParameter("deal", dealId)
                .setReadOnly(true).getResultList());
    }

    @Override
    public List<DealContact> contactRoles(UUID dealId) {
        return store.inTransaction(s -> s.createSelectionQuery("from DealContact c where c.dealId = :deal"
                + " and c.deleted = false order by c.id", DealContact.class).setParameter("deal", dealId)
                .setReadOnly(true).getResultList());
    }

    @Override
    public List<DealChange> history(UUID dealId) {
        return store.inTransaction(s -> s.createSelectionQuery("from DealChange c where c.dealId = :deal"
                + " and c.deleted = false order by c.changedAt, c.id", DealChange.class).setParameter("deal", dealId)
                .setReadOnly(true).getResultList());
    }

    @Override
    public List<DealChange> allHistory() {
        return store.inTransaction(s -> s.createSelectionQuery("from DealChange c where c.deleted = false"
                + " order by c.dealId, c.changedAt, c.id", DealChange.class).setReadOnly(true).getResultList());
    }

    @Override
    public List<Deal> allOpen() {
        return store.inTransaction(s -> s.createSelectionQuery("from Deal d where d.deleted = false"
                        + " and (d.stage is null or d.stage not in :closed) order by d.id", Deal.class)
                .setParameter("closed", List.of(DealStage.CLOSED_WON, DealStage.CLOSED_LOST))
                .setReadOnly(true).getResultList());
    }

    @Override
    public List<BuyingGroupMember> people(Collection<UUID> dealIds) {
        List<UUID> ids = dealIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        List<BuyingGroupMember> people = new ArrayList<>();
        store.inTransaction(s -> {
            if (ids.size() > SCAN_ABOVE) {
                // H2 answers an in list of a thousand ids with a pass over the table: one pass for all, kept in memory
                Set<UUID> wanted = new HashSet<>(ids);
                people.addAll(members(s, "", null, wanted));
                return null;
            }
            for (int from = 0; from < ids.size(); from += 1000) {
                people.addAll(members(s, " and c.dealId in :ids", ids.subList(from, Math.min(ids.size(), from + 1000)), null));
            }
            return null;
        });
        return people;
    }

    /** The buying groups of the deals in {@code chunk} (bound to {@code :ids} by {@code where}), or of those {@code kept}. */
    private static List<BuyingGroupMember> members(org.hibernate.Session s, String where, List<UUID> chunk, Set<UUID> kept) {
        List<BuyingGroupMember> people = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        var groups = s.createSelectionQuery("select c.dealId, c.contactId, c.role, p.firstName, p.lastName, p.title"
                + " from DealContact c left join Contact p on p.id = c.contactId and p.deleted = false"
                + " where c.deleted = false" + where + " order by c.dealId, c.id", Object[].class);
        var primaries = s.createSelectionQuery("select d.id, d.primaryContactId, null, p.firstName, p.lastName, p.title"
                + " from Deal d left join Contact p on p.id = d.primaryContactId and p.deleted = false"
                + " where d.primaryContactId is not null" + where.replace("c.dealId", "d.id"), Object[].class);
        if (chunk != null) {
            groups.setParameter("ids", chunk);
            primaries.setParameter("ids", chunk);
        }
        groups.getResultList().stream().filter(r -> kept == null || kept.contains((UUID) r[0])).forEach(r -> {
            listed.add(r[0] + "/" + r[1]);
            people.add(member(r, (DealRole) r[2]));
        });
        primaries.getResultList().stream().filter(r -> kept == null || kept.contains((UUID) r[0]))
                .filter(r -> !listed.contains(r[0] + "/" + r[1])).forEach(r -> people.add(member(r, null)));
        return people;
    }

    private static BuyingGroupMember member(Object[] r, DealRole role) {
        String name = ((r[3] == null ? "" : r[3]) + " " + (r[4] == null ? "" : r[4])).strip();
        return new BuyingGroupMember((UUID) r[0], (UUID) r[1], role, name.isEmpty() ? null : name, (String) r[5]);
    }

    @Override
    public Map<UUID, List<BigDecimal>> wonAmountsByOwner() {
        Map<UUID, List<BigDecimal>> won = new HashMap<>();
        store.inTransaction(s -> s.createSelectionQuery("select d.ownerId, d.amount from Deal d where d.deleted = false"
                        + " and d.stage = :won and d.amount > 0 and d.ownerId is not null", Object[].class)
                .setParameter("won", DealStage.CLOSED_WON).getResultList())
                .forEach(r -> won.computeIfAbsent((UUID) r[0], o -> new ArrayList<>()).add((BigDecimal) r[1]));
        return won;
    }
}
