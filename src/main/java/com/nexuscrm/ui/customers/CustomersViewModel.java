package com.nexuscrm.ui.customers;

import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.ui.common.RecordNavigator;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Customers section: the accounts and contacts lists, which one is in front, and opening a record by id
 * (from another screen through the navigator, or from a related list).
 */
public final class CustomersViewModel {
    /** The two lists of the section. */
    public enum Tab { ACCOUNTS, CONTACTS }

    private final AccountsViewModel accounts;
    private final ContactsViewModel contacts;
    private final ObjectProperty<Tab> tab = new SimpleObjectProperty<>(Tab.ACCOUNTS);
    private RecordNavigator elsewhere = ref -> {
        throw new IllegalArgumentException("Customers opens accounts and contacts, not a " + ref.kind().label().toLowerCase());
    };

    public CustomersViewModel(AccountsViewModel accounts, ContactsViewModel contacts) {
        this.accounts = accounts;
        this.contacts = contacts;
        accounts.detail().setOnOpen(this::open);
        contacts.detail().setOnOpen(this::open);
    }

    /** Loads both lists (the section is being shown for the first time). */
    public void load() {
        accounts.load();
        contacts.load();
    }

    /** Brings the account's list to the front, selects the account and shows its detail. */
    public void openAccount(UUID id) {
        tab.set(Tab.ACCOUNTS);
        accounts.select(id);
    }

    /** Brings the contacts list to the front, selects the contact and shows its detail. */
    public void openContact(UUID id) {
        tab.set(Tab.CONTACTS);
        contacts.select(id);
    }

    /** Opens an account or contact here; other kinds of record (a related deal) where they live. */
    public void open(RecordRef ref) {
        switch (ref.kind()) {
            case ACCOUNT -> openAccount(ref.id());
            case CONTACT -> openContact(ref.id());
            default -> elsewhere.open(ref);
        }
    }

    /** Where records of other kinds (a related deal) open: the app's navigator. */
    public void openElsewhereWith(RecordNavigator navigator) {
        this.elsewhere = navigator;
    }

    public AccountsViewModel accounts() { return accounts; }
    public ContactsViewModel contacts() { return contacts; }
    public ObjectProperty<Tab> tabProperty() { return tab; }
}
