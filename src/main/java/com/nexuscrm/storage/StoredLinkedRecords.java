package com.nexuscrm.storage;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LinkedRecords;
import com.nexuscrm.domain.RecordRef;
import java.util.List;
import java.util.UUID;

/** {@link LinkedRecords} as HQL reads over the indexed reference columns. */
public final class StoredLinkedRecords implements LinkedRecords {
    private final WorkspaceStore store;

    public StoredLinkedRecords(WorkspaceStore store) {
        this.store = store;
    }

    @Override
    public List<Activity> activitiesOf(RecordRef ref) {
        String column = switch (ref.kind()) {
            case LEAD -> "leadId";
            case CONTACT -> "contactId";
            case ACCOUNT -> "accountId";
            case DEAL -> "dealId";
        };
        return store.inTransaction(s -> s.createSelectionQuery("from Activity a where a." + column + " = :id"
                + " and a.deleted = false order by a.occurredAt, a.id", Activity.class).setParameter("id", ref.id()).getResultList());
    }

    @Override
    public List<Contact> contactsOfAccount(UUID accountId) {
        return store.inTransaction(s -> s.createSelectionQuery("from Contact c where c.accountId = :id and c.deleted = false"
                + " order by c.id", Contact.class).setParameter("id", accountId).getResultList());
    }

    @Override
    public List<Deal> dealsOf(RecordRef ref) {
        String column = switch (ref.kind()) {
            case ACCOUNT -> "accountId";
            case CONTACT -> "primaryContactId";
            default -> throw new IllegalArgumentException("Deals belong to an account or a contact, not a " + ref.kind().label());
        };
        return store.inTransaction(s -> s.createSelectionQuery("from Deal d where d." + column + " = :id and d.deleted = false"
                + " order by d.id", Deal.class).setParameter("id", ref.id()).getResultList());
    }

    @Override
    public List<Lead> leadsConvertedTo(RecordRef ref) {
        String column = switch (ref.kind()) {
            case ACCOUNT -> "convertedAccountId";
            case CONTACT -> "convertedContactId";
            case DEAL -> "convertedDealId";
            case LEAD -> throw new IllegalArgumentException("A lead is converted into an account, contact or deal");
        };
        return store.inTransaction(s -> s.createSelectionQuery("from Lead l where l." + column + " = :id and l.deleted = false"
                + " order by l.id", Lead.class).setParameter("id", ref.id()).getResultList());
    }

    @Override
    public List<Account> accountsByDomain(String domain) {
        return store.inTransaction(s -> s.createSelectionQuery("from Account a where a.deleted = false"
                + " and (a.domain = :d or lower(a.domain) = :d) order by a.createdAt, a.id", Account.class)
                .setParameter("d", domain).getResultList());
    }
}
