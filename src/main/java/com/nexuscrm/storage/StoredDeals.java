package com.nexuscrm.storage;

import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealContact;
import com.nexuscrm.domain.DealLineItem;
import com.nexuscrm.domain.DealRepository;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.OpenDeal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@link DealRepository} on Hibernate: the open deals in one query, their last activity in one grouped query. */
final class StoredDeals extends StoredRecords<Deal> implements DealRepository {
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
}
