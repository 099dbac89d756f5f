package com.nexuscrm.ui.customers;

import com.nexuscrm.domain.AccountRepository;
import com.nexuscrm.domain.AccountRow;
import com.nexuscrm.domain.ContactRepository;
import com.nexuscrm.domain.ContactRow;
import com.nexuscrm.domain.User;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.TaskExecutor;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The contacts list: search, account/owner filters, saved views, sort; the detail pane beside it. */
public final class ContactsViewModel extends CustomerList<ContactRow> {
    private static final Comparator<ContactRow> BY_NAME = Comparator
            .comparing((ContactRow c) -> CustomerForm.text(c.lastName()), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(c -> CustomerForm.text(c.firstName()), String.CASE_INSENSITIVE_ORDER);
    private final ContactRepository contacts;
    private final AccountRepository accounts;
    private final ContactDetailViewModel detail;
    private final UUID team;
    /** Accounts to filter by, "any account" first. */
    private final ObservableList<AccountChoice> accountChoices = FXCollections.observableArrayList(AccountChoice.NONE);
    private volatile List<AccountChoice> readChoices = List.of();

    public ContactsViewModel(ContactRepository contacts, AccountRepository accounts, User currentUser, List<User> users,
                             TaskExecutor tasks, DialogService dialogs, SavedViewStore views, ContactDetailViewModel detail) {
        super("contacts", currentUser, users, tasks, dialogs, views);
        this.contacts = contacts;
        this.accounts = accounts;
        this.detail = detail;
        this.team = currentUser.getTeamId();
        detail.setOnSaved(this::replace);
        detail.setOnDeleted(this::remove);
    }

    @Override
    protected List<ContactRow> read() {
        readChoices = accounts.rows().stream().filter(a -> a.name() != null)
                .sorted(Comparator.comparing(AccountRow::name, String.CASE_INSENSITIVE_ORDER))
                .map(a -> new AccountChoice(a.id(), a.name())).toList();
        return contacts.rows();
    }

    @Override
    protected void loaded(List<ContactRow> rows) {
        accountChoices.setAll(AccountChoice.NONE);
        accountChoices.addAll(readChoices);
        detail.accountChoices().setAll(accountChoices);
    }

    @Override
    protected UUID id(ContactRow row) { return row.id(); }

    @Override
    protected UUID ownerId(ContactRow row) { return row.ownerId(); }

    @Override
    protected String searchText(ContactRow row) { return row.searchText(); }

    @Override
    protected boolean matches(ContactRow row, CustomerCriteria c) {
        return c.account().matches(row.accountId());
    }

    @Override
    protected Comparator<ContactRow> defaultOrder() { return BY_NAME; }

    @Override
    protected void open(UUID id) {
        detail.load(id);
    }

    public void open(ContactRow row) {
        if (row != null && !RecordRefs.shows(detail.recordProperty().get(), row.id())) {
            detail.load(row.id());
        }
    }

    public void newContact() {
        detail.startNew(me(), team);
    }

    public ContactDetailViewModel detail() { return detail; }
    public ObservableList<AccountChoice> accountChoices() { return accountChoices; }
}
