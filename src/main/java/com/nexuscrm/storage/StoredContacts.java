package com.nexuscrm.storage;

import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.ContactRepository;
import com.nexuscrm.domain.ContactRow;
import com.nexuscrm.domain.DealSummary;
import java.util.List;
import java.util.UUID;

/** Contacts on Hibernate: the list's rows carry their account's name from one join, not a query per row. */
final class StoredContacts extends StoredRecords<Contact> implements ContactRepository {
    static final String ROW = "select new com.nexuscrm.domain.ContactRow(c.id, c.firstName, c.lastName, c.email,"
            + " c.phone, c.title, c.accountId, a.name, c.ownerId, c.createdAt)"
            + " from Contact c left join Account a on a.id = c.accountId and a.deleted = false";

    StoredContacts(WorkspaceStore store) {
        super(store, Contact.class);
    }

    @Override
    public List<ContactRow> rows() {
        return store.inTransaction(s -> s.createSelectionQuery(ROW + " where c.deleted = false", ContactRow.class)
                .setReadOnly(true).setFetchSize(2000).getResultList());
    }

    @Override
    public ContactRow row(UUID id) {
        return store.inTransaction(s -> s.createSelectionQuery(ROW + " where c.id = :id", ContactRow.class)
                .setParameter("id", id).getSingleResult());
    }

    /** As {@code save}, the stored Do not contact flag read in the same transaction. */
    @Override
    public Contact saveEdited(Contact edited, boolean loadedDoNotContact) {
        com.nexuscrm.domain.RecordRules.require(edited);
        return store.inTransaction(s -> {
            Contact stored = s.find(Contact.class, edited.getId());
            if (stored != null) {
                edited.setDoNotContact(com.nexuscrm.domain.DoNotContactEdits.onSave(loadedDoNotContact,
                        edited.isDoNotContact(), stored.isDoNotContact()));
            }
            return upsert(s, edited, stored != null);
        });
    }

    @Override
    public List<DealSummary> deals(UUID contactId) {
        return store.inTransaction(s -> s.createSelectionQuery(StoredAccounts.DEAL
                        + " where d.deleted = false and d.primaryContactId = :contact order by d.closeDate desc, d.id",
                        DealSummary.class).setParameter("contact", contactId).getResultList());
    }
}
