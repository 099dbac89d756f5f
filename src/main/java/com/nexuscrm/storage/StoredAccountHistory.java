package com.nexuscrm.storage;

import com.nexuscrm.domain.AccountRow;
import com.nexuscrm.domain.ContactRow;
import com.nexuscrm.domain.DealLineItem;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.DealSummary;
import com.nexuscrm.domain.account.AccountActivity;
import com.nexuscrm.domain.account.AccountHistory;
import com.nexuscrm.domain.account.AccountTicket;
import com.nexuscrm.domain.account.OwnedProduct;
import com.nexuscrm.domain.account.Peer;
import com.nexuscrm.domain.account.UsageMonth;
import com.nexuscrm.domain.call.CallStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link AccountHistory} on Hibernate: each read is one constructor or column query on indexed account columns. */
public final class StoredAccountHistory implements AccountHistory {
    private static final String ROW = "select new com.nexuscrm.domain.AccountRow(a.id, a.name, a.domain, a.industry,"
            + " a.country, a.city, a.employees, a.annualRevenue, a.ownerId, a.createdAt) from Account a";
    private static final String WON_ITEMS = " from DealLineItem li join Deal d on d.id = li.dealId"
            + " where li.deleted = false and d.deleted = false and d.stage = :won";

    private final WorkspaceStore store;

    public StoredAccountHistory(WorkspaceStore store) {
        this.store = store;
    }

    @Override
    public Optional<AccountRow> account(UUID accountId) {
        return store.inTransaction(s -> s.createSelectionQuery(ROW + " where a.id = :id and a.deleted = false",
                AccountRow.class).setParameter("id", accountId).getResultList().stream().findFirst());
    }

    @Override
    public List<AccountRow> named(String text) {
        return store.inTransaction(s -> s.createSelectionQuery(ROW + " where a.deleted = false"
                        + " and lower(a.name) like :text escape '!' order by a.name, a.id", AccountRow.class)
                .setParameter("text", "%" + text.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%")
                        .replace("_", "!_") + "%").setMaxResults(NAMED_LIMIT).getResultList());
    }

    @Override
    public List<ContactRow> contacts(UUID accountId) {
        return store.inTransaction(s -> s.createSelectionQuery(StoredContacts.ROW
                        + " where c.deleted = false and c.accountId = :account order by c.lastName, c.firstName, c.id",
                ContactRow.class).setParameter("account", accountId).getResultList());
    }

    @Override
    public List<AccountActivity> activities(UUID accountId) {
        return store.inTransaction(s -> s.createSelectionQuery("select new com.nexuscrm.domain.account.AccountActivity("
                        + "a.id, a.type, a.subject, a.contactId, a.dealId, a.ownerId, a.occurredAt, a.done, a.completedAt,"
                        + " a.durationSeconds, a.outcome) from Activity a where a.accountId = :account and a.deleted = false",
                AccountActivity.class).setParameter("account", accountId).setReadOnly(true).setFetchSize(2000)
                .getResultList());
    }

    @Override
    public List<AccountTicket> tickets(UUID accountId) {
        return store.inTransaction(s -> s.createSelectionQuery("select new com.nexuscrm.domain.account.AccountTicket("
                        + "t.id, t.subject, t.priority, t.status, t.openedAt, t.closedAt) from SupportTicket t"
                        + " where t.accountId = :account and t.deleted = false", AccountTicket.class)
                .setParameter("account", accountId).setReadOnly(true).getResultList());
    }

    @Override
    public List<UsageMonth> usage(UUID accountId) {
        return store.inTransaction(s -> s.createSelectionQuery("select new com.nexuscrm.domain.account.UsageMonth("
                        + "u.periodStart, u.seats, u.activeUsers, u.sessions, u.featureAdoption) from ProductUsage u"
                        + " where u.accountId = :account and u.deleted = false and u.periodStart is not null"
                        + " order by u.periodStart", UsageMonth.class)
                .setParameter("account", accountId).getResultList());
    }

    @Override
    public List<RecordedCall> analysedCalls(UUID accountId, int limit) {
        return store.inTransaction(s -> s.createSelectionQuery("select new com.nexuscrm.domain.account.AccountHistory$"
                        + "RecordedCall(r.id, r.activityId, r.dealId, coalesce(r.callAt, a.occurredAt), r.analysisJson)"
                        + " from CallRecording r join Activity a on a.id = r.activityId where a.accountId = :account"
                        + " and r.deleted = false and a.deleted = false and r.status = :done and r.analysisJson is not null"
                        + " order by coalesce(r.callAt, a.occurredAt) desc, r.id", RecordedCall.class)
                .setParameter("account", accountId).setParameter("done", CallStatus.ANALYSED.name())
                .setMaxResults(limit).getResultList());
    }

    @Override
    public List<DealSummary> deals(UUID accountId) {
        return store.inTransaction(s -> s.createSelectionQuery(StoredAccounts.DEAL
                        + " where d.deleted = false and d.accountId = :account order by d.closeDate desc, d.id",
                DealSummary.class).setParameter("account", accountId).getResultList());
    }

    @Override
    public List<OwnedProduct> owned(UUID accountId) {
        List<Object[]> rows = store.inTransaction(s -> s.createSelectionQuery("select d.id, li.product, li.quantity,"
                        + " li.unitPrice, li.discountPercent" + WON_ITEMS + " and d.accountId = :account"
                        + " order by d.closeDate, d.id, li.id", Object[].class)
                .setParameter("won", DealStage.CLOSED_WON).setParameter("account", accountId).getResultList());
        return rows.stream().map(r -> new OwnedProduct((UUID) r[0], (String) r[1], (Integer) r[2],
                total((Integer) r[2], (BigDecimal) r[3], (BigDecimal) r[4]))).toList();
    }

    @Override
    public List<Peer> peers() {
        Map<UUID, Map<String, BigDecimal>> products = new HashMap<>();
        List<Object[]> items = store.inTransaction(s -> s.createSelectionQuery("select d.accountId, li.product,"
                        + " li.quantity, li.unitPrice, li.discountPercent" + WON_ITEMS + " and d.accountId is not null",
                Object[].class).setParameter("won", DealStage.CLOSED_WON).setReadOnly(true).getResultList());
        for (Object[] r : items) {
            if (r[1] != null) {
                products.computeIfAbsent((UUID) r[0], k -> new LinkedHashMap<>()).merge((String) r[1],
                        total((Integer) r[2], (BigDecimal) r[3], (BigDecimal) r[4]), BigDecimal::add);
            }
        }
        Map<UUID, int[]> latest = new HashMap<>();
        Map<UUID, LocalDate> latestMonth = new HashMap<>();
        List<Object[]> usage = store.inTransaction(s -> s.createSelectionQuery("select u.accountId, u.periodStart,"
                + " u.seats, u.activeUsers from ProductUsage u where u.deleted = false and u.periodStart is not null",
                Object[].class).setReadOnly(true).getResultList());
        for (Object[] r : usage) {
            UUID id = (UUID) r[0];
            LocalDate month = (LocalDate) r[1];
            if (!latestMonth.containsKey(id) || latestMonth.get(id).isBefore(month)) {
                latestMonth.put(id, month);
                latest.put(id, new int[] {(Integer) r[2], (Integer) r[3]});
            }
        }
        List<AccountRow> accounts = store.inTransaction(s -> s.createSelectionQuery(ROW + " where a.deleted = false",
                AccountRow.class).setReadOnly(true).getResultList());
        List<Peer> out = new ArrayList<>();
        for (AccountRow a : accounts) {
            Map<String, BigDecimal> owned = products.get(a.id());
            if (owned != null) {
                int[] u = latest.get(a.id());
                out.add(new Peer(a.id(), a.name(), a.industry(), a.employees(), a.annualRevenue(),
                        u == null ? null : u[0], u == null ? null : u[1], owned));
            }
        }
        return out;
    }

    @Override
    public Map<UUID, String> userNames() {
        List<Object[]> rows = store.inTransaction(s -> s.createSelectionQuery("select u.id, u.displayName from User u"
                + " where u.deleted = false", Object[].class).getResultList());
        Map<UUID, String> names = new HashMap<>();
        rows.forEach(r -> names.put((UUID) r[0], r[1] == null ? "(no name)" : (String) r[1]));
        return names;
    }

    /** A line item's total by {@link DealLineItem#total()}, the one place the arithmetic lives. */
    private static BigDecimal total(Integer quantity, BigDecimal unitPrice, BigDecimal discount) {
        DealLineItem item = new DealLineItem(new UUID(0, 0));
        item.setQuantity(quantity == null ? 0 : quantity);
        item.setUnitPrice(unitPrice);
        item.setDiscountPercent(discount);
        return item.total();
    }
}
