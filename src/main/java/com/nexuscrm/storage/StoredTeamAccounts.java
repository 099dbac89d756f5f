package com.nexuscrm.storage;

import com.nexuscrm.domain.AccountRow;
import com.nexuscrm.domain.DealRole;
import com.nexuscrm.domain.account.AccountActivity;
import com.nexuscrm.domain.account.AccountHistory.RecordedCall;
import com.nexuscrm.domain.account.AccountTicket;
import com.nexuscrm.domain.account.TeamAccountHistory;
import com.nexuscrm.domain.account.UsageMonth;
import com.nexuscrm.domain.call.CallStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@link TeamAccountHistory} on Hibernate: one constructor or column query per kind over every live account, read
 * only and grouped by account in memory, so the Team view costs a handful of queries whatever the number of accounts.
 */
public final class StoredTeamAccounts implements TeamAccountHistory {
    private static final String ROW = "select new com.nexuscrm.domain.AccountRow(a.id, a.name, a.domain, a.industry,"
            + " a.country, a.city, a.employees, a.annualRevenue, a.ownerId, a.createdAt) from Account a";

    private final WorkspaceStore store;
    private final StoredAccountHistory single;

    public StoredTeamAccounts(WorkspaceStore store) {
        this.store = store;
        this.single = new StoredAccountHistory(store);
    }

    @Override
    public List<AccountRow> accounts() {
        return store.inTransaction(s -> s.createSelectionQuery(ROW + " where a.deleted = false order by a.name, a.id",
                AccountRow.class).setReadOnly(true).getResultList());
    }

    @Override
    public Map<UUID, List<AccountActivity>> activities() {
        List<Object[]> rows = store.inTransaction(s -> s.createSelectionQuery("select a.accountId,"
                        + " new com.nexuscrm.domain.account.AccountActivity(a.id, a.type, a.subject, a.contactId, a.dealId,"
                        + " a.ownerId, a.occurredAt, a.done, a.completedAt, a.durationSeconds, a.outcome) from Activity a"
                        + " where a.accountId is not null and a.deleted = false", Object[].class)
                .setReadOnly(true).setFetchSize(5000).getResultList());
        return grouped(rows, r -> (AccountActivity) r[1]);
    }

    @Override
    public Map<UUID, List<AccountTicket>> tickets() {
        List<Object[]> rows = store.inTransaction(s -> s.createSelectionQuery("select t.accountId,"
                        + " new com.nexuscrm.domain.account.AccountTicket(t.id, t.subject, t.priority, t.status, t.openedAt,"
                        + " t.closedAt) from SupportTicket t where t.accountId is not null and t.deleted = false", Object[].class)
                .setReadOnly(true).setFetchSize(5000).getResultList());
        return grouped(rows, r -> (AccountTicket) r[1]);
    }

    @Override
    public Map<UUID, List<UsageMonth>> usage() {
        List<Object[]> rows = store.inTransaction(s -> s.createSelectionQuery("select u.accountId,"
                        + " new com.nexuscrm.domain.account.UsageMonth(u.periodStart, u.seats, u.activeUsers, u.sessions,"
                        + " u.featureAdoption) from ProductUsage u where u.accountId is not null and u.deleted = false"
                        + " and u.periodStart is not null order by u.periodStart", Object[].class)
                .setReadOnly(true).setFetchSize(5000).getResultList());
        return grouped(rows, r -> (UsageMonth) r[1]);
    }

    @Override
    public Map<UUID, List<RecordedCall>> analysedCalls(Instant since) {
        List<Object[]> rows = store.inTransaction(s -> s.createSelectionQuery("select a.accountId,"
                        + " new com.nexuscrm.domain.account.AccountHistory$RecordedCall(r.id, r.activityId, r.dealId,"
                        + " coalesce(r.callAt, a.occurredAt), r.analysisJson) from CallRecording r join Activity a"
                        + " on a.id = r.activityId where a.accountId is not null and r.deleted = false and a.deleted = false"
                        + " and r.status = :done and r.analysisJson is not null and coalesce(r.callAt, a.occurredAt) >= :since"
                        + " order by coalesce(r.callAt, a.occurredAt) desc, r.id", Object[].class)
                .setParameter("done", CallStatus.ANALYSED.name()).setParameter("since", since).setReadOnly(true)
                .getResultList());
        return grouped(rows, r -> (RecordedCall) r[1]);
    }

    @Override
    public Map<UUID, List<TeamDeal>> deals() {
        List<Object[]> rows = store.inTransaction(s -> s.createSelectionQuery("select d.accountId,"
                        + " new com.nexuscrm.domain.account.TeamAccountHistory$TeamDeal(d.id, d.name, d.stage, d.amount,"
                        + " d.currency, d.closeDate, d.closedAt) from Deal d where d.accountId is not null and d.deleted = false",
                Object[].class).setReadOnly(true).getResultList());
        return grouped(rows, r -> (TeamDeal) r[1]);
    }

    @Override
    public Map<UUID, Integer> champions() {
        List<Object[]> rows = store.inTransaction(s -> s.createSelectionQuery("select d.accountId, count(distinct c.id)"
                        + " from DealContact dc join Deal d on d.id = dc.dealId join Contact c on c.id = dc.contactId"
                        + " where dc.role = :champion and dc.deleted = false and d.deleted = false and c.deleted = false"
                        + " and c.accountId = d.accountId group by d.accountId", Object[].class)
                .setParameter("champion", DealRole.CHAMPION).getResultList());
        Map<UUID, Integer> out = new HashMap<>();
        rows.forEach(r -> out.put((UUID) r[0], ((Number) r[1]).intValue()));
        return out;
    }

    @Override
    public Map<UUID, String> userNames() {
        return single.userNames();
    }

    private static <T> Map<UUID, List<T>> grouped(List<Object[]> rows, Function<Object[], T> value) {
        Map<UUID, List<T>> out = new HashMap<>();
        for (Object[] r : rows) {
            out.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(value.apply(r));
        }
        return out;
    }
}
