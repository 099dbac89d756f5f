package com.nexuscrm.storage;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.AccountRepository;
import com.nexuscrm.domain.AccountRow;
import com.nexuscrm.domain.ContactRow;
import com.nexuscrm.domain.DealSummary;
import com.nexuscrm.domain.TicketSummary;
import java.util.List;
import java.util.UUID;

/** Accounts on Hibernate: the list's rows and each related list are one constructor query. */
final class StoredAccounts extends StoredRecords<Account> implements AccountRepository {
    private static final String ROW = "select new com.nexuscrm.domain.AccountRow(a.id, a.name, a.domain, a.industry,"
            + " a.country, a.city, a.employees, a.annualRevenue, a.ownerId, a.createdAt) from Account a";
    static final String DEAL = "select new com.nexuscrm.domain.DealSummary(d.id, d.name, d.stage, d.amount, d.currency,"
            + " d.closeDate) from Deal d";

    StoredAccounts(WorkspaceStore store) {
        super(store, Account.class);
    }

    @Override
    public List<AccountRow> rows() {
        return store.inTransaction(s -> s.createSelectionQuery(ROW + " where a.deleted = false", AccountRow.class)
                .setReadOnly(true).setFetchSize(2000).getResultList());
    }

    @Override
    public AccountRow row(UUID id) {
        return store.inTransaction(s -> s.createSelectionQuery(ROW + " where a.id = :id", AccountRow.class)
                .setParameter("id", id).getSingleResult());
    }

    @Override
    public List<ContactRow> contacts(UUID accountId) {
        return store.inTransaction(s -> s.createSelectionQuery(StoredContacts.ROW
                        + " where c.deleted = false and c.accountId = :account order by c.lastName, c.firstName, c.id",
                        ContactRow.class).setParameter("account", accountId).getResultList());
    }

    @Override
    public List<DealSummary> deals(UUID accountId) {
        return store.inTransaction(s -> s.createSelectionQuery(DEAL
                        + " where d.deleted = false and d.accountId = :account order by d.closeDate desc, d.id",
                        DealSummary.class).setParameter("account", accountId).getResultList());
    }

    @Override
    public List<TicketSummary> tickets(UUID accountId) {
        return store.inTransaction(s -> s.createSelectionQuery("select new com.nexuscrm.domain.TicketSummary(t.id,"
                        + " t.subject, t.status, t.priority, t.openedAt) from SupportTicket t"
                        + " where t.deleted = false and t.accountId = :account order by t.openedAt desc, t.id",
                        TicketSummary.class).setParameter("account", accountId).getResultList());
    }
}
