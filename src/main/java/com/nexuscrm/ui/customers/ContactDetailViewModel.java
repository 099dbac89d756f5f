package com.nexuscrm.ui.customers;

import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.ContactRepository;
import com.nexuscrm.domain.ContactRow;
import com.nexuscrm.domain.DealSummary;
import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.RecordRules;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.TaskExecutor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The form of one contact, with its account (a link) and its deals; checked with {@link RecordRules} on save. */
public final class ContactDetailViewModel extends CustomerForm {
    private record Loaded(Contact contact, ContactRow row, List<DealSummary> deals) { }
    private record Saved(ContactRow row, boolean doNotContact) { }

    private final ContactRepository contacts;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty lastName = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<AccountChoice> account = new SimpleObjectProperty<>(AccountChoice.NONE);
    /** The accounts a contact can belong to, by name; "no account" first. */
    private final ObservableList<AccountChoice> accountChoices = FXCollections.observableArrayList(AccountChoice.NONE);
    private final ObservableList<DealSummary> deals = FXCollections.observableArrayList();
    private Contact contact;
    /** The Do not contact flag as the form loaded it (the form has no box: a save keeps the stored flag). */
    private boolean loadedDoNotContact;
    private Consumer<ContactRow> onSaved = row -> { };
    private Consumer<UUID> onDeleted = id -> { };

    public ContactDetailViewModel(ContactRepository contacts, TaskExecutor tasks, DialogService dialogs, Clock clock) {
        this.contacts = contacts;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    void setOnSaved(Consumer<ContactRow> onSaved) { this.onSaved = onSaved; }

    void setOnDeleted(Consumer<UUID> onDeleted) { this.onDeleted = onDeleted; }

    public void load(UUID id) {
        tasks.run("Opening contact", p -> {
            Contact found = contacts.find(id).filter(c -> !c.isDeleted()).orElseThrow(() -> new IllegalStateException(
                    "This contact was deleted (perhaps on another workstation). Reload the list to see the current contacts."));
            return new Loaded(found, contacts.row(id), contacts.deals(id));
        }, loaded -> {
            show(loaded.contact(), loaded.row().accountName());
            deals.setAll(loaded.deals());
            record.set(RecordRef.contact(id));
        }, e -> dialogs.showError("Cannot open the contact", e.getMessage()));
    }

    /** An empty form for a new contact owned by {@code owner} in {@code team}. */
    public void startNew(UUID owner, UUID team) {
        Contact fresh = new Contact(Ids.newId());
        fresh.setOwnerId(owner);
        fresh.setTeamId(team);
        fresh.setCreatedAt(clock.instant());
        show(fresh, null);
        deals.clear();
        record.set(null);
        creating.set(true);
        heading.set("New contact");
    }

    private void show(Contact value, String accountName) {
        contact = value;
        loadedDoNotContact = value.isDoNotContact();
        firstName.set(text(value.getFirstName()));
        lastName.set(text(value.getLastName()));
        email.set(text(value.getEmail()));
        phone.set(text(value.getPhone()));
        title.set(text(value.getTitle()));
        account.set(value.getAccountId() == null ? AccountChoice.NONE
                : new AccountChoice(value.getAccountId(), accountName == null ? "Deleted account" : accountName));
        errors.clear();
        heading.set(fullName(value));
        creating.set(false);
        editing.set(true);
    }

    public List<FieldError> save() {
        if (contact == null) {
            return List.of();
        }
        Contact draft = contact;
        draft.setFirstName(blankToNull(firstName.get()));
        draft.setLastName(blankToNull(lastName.get()));
        draft.setEmail(blankToNull(email.get()));
        draft.setPhone(blankToNull(phone.get()));
        draft.setTitle(blankToNull(title.get()));
        draft.setAccountId(account.get() == null ? null : account.get().id());
        List<FieldError> found = new ArrayList<>(RecordRules.check(draft));
        showErrors(found);
        if (found.isEmpty()) {
            boolean loaded = loadedDoNotContact;
            boolean isNew = creating.get();
            tasks.run("Saving contact", p -> {
                Contact stored = isNew ? contacts.save(draft) : contacts.saveEdited(draft, loaded);
                return new Saved(contacts.row(stored.getId()), stored.isDoNotContact());
            }, saved -> {
                ContactRow row = saved.row();
                if (saved.doNotContact() != loaded) {
                    dialogs.showInfo("Do not contact changed meanwhile", row.fullName() + "'s Do not contact flag was "
                            + (saved.doNotContact() ? "set" : "cleared") + " while you edited the contact (for example by an"
                            + " unsubscribe, an SMS STOP, a consent import or a sync). Your changes are saved and the flag is kept.");
                }
                heading.set(row.fullName());
                creating.set(false);
                record.set(RecordRef.contact(row.id()));
                onSaved.accept(row);
                load(row.id());
            }, e -> dialogs.showError("Cannot save the contact", e.getMessage()));
        }
        return found;
    }

    /** Asks, then tombstones the contact (the delete syncs); its deals are kept. */
    public void delete() {
        if (contact == null || creating.get()) {
            return;
        }
        UUID id = contact.getId();
        String label = fullName(contact);
        if (!dialogs.confirm("Delete contact", "Delete the contact '" + label + "'? Their deals are kept."
                + " The deletion syncs to your team.")) {
            return;
        }
        tasks.run("Deleting contact", p -> {
            contacts.delete(id);
            return id;
        }, deleted -> {
            contact = null;
            clear();
            onDeleted.accept(deleted);
        }, e -> dialogs.showError("Cannot delete the contact '" + label + "'", e.getMessage()));
    }

    /** Opens the contact's account in the Accounts list. */
    public void openAccount() {
        AccountChoice chosen = account.get();
        if (chosen != null && chosen.id() != null && !creating.get()) {
            onOpen.accept(RecordRef.account(chosen.id()));
        }
    }

    private static String fullName(Contact c) {
        return ((c.getFirstName() == null ? "" : c.getFirstName() + " ") + text(c.getLastName())).trim();
    }

    public StringProperty firstNameProperty() { return firstName; }
    public StringProperty lastNameProperty() { return lastName; }
    public StringProperty emailProperty() { return email; }
    public StringProperty phoneProperty() { return phone; }
    public StringProperty titleProperty() { return title; }
    public ObjectProperty<AccountChoice> accountProperty() { return account; }
    public ObservableList<AccountChoice> accountChoices() { return accountChoices; }
    public ObservableList<DealSummary> deals() { return deals; }
}
