package com.nexuscrm.ui.deals;

import com.nexuscrm.domain.ContactRow;
import com.nexuscrm.domain.DealContact;
import com.nexuscrm.domain.DealRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * A deal's buying group: the account's contacts the rep has put on the deal, each with a role. People are added
 * from the deal's account, their role changed or removed in memory, and saved with the deal. The warning states
 * plain facts (no economic buyer, one contact only); weighing them into a risk is the deal health's job.
 */
public final class DealContactsViewModel {
    /** No extractor (an update change rebuilds the table's cells); each row's role is listened to instead. */
    private final ObservableList<DealBuyerRow> members = FXCollections.observableArrayList();
    private final javafx.beans.InvalidationListener roleChanged = o -> refresh();
    private final ObservableList<ContactRow> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<ContactRow> picked = new SimpleObjectProperty<>();
    private final ObjectProperty<DealRole> newRole = new SimpleObjectProperty<>(DealRole.OTHER);
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");
    private List<ContactRow> accountContacts = List.of();
    private List<DealContact> shown = List.of();
    private Map<UUID, ContactRow> people = Map.of();
    private List<List<Object>> pristine = List.of();
    private boolean hasAccount;

    public DealContactsViewModel() {
        members.addListener((ListChangeListener<DealBuyerRow>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(r -> r.roleProperty().removeListener(roleChanged));
                c.getAddedSubList().forEach(r -> r.roleProperty().addListener(roleChanged));
            }
            refresh();
        });
    }

    /**
     * Shows the buying group; {@code known} names every contact in it (also those no longer at the account), and
     * {@code account} lists who can be added.
     */
    void show(List<DealContact> group, List<ContactRow> account, Map<UUID, ContactRow> known, boolean hasAccount) {
        accountContacts = List.copyOf(account);
        shown = List.copyOf(group);
        people = Map.copyOf(known);
        this.hasAccount = hasAccount;
        emptyText.set(!hasAccount ? "This deal has no account, so there is nobody to add: give it an account first."
                : account.isEmpty() ? "The account has no contacts yet: add them under Customers, then here."
                : "Nobody in the buying group yet: pick a contact below and give them a role.");
        members.setAll(group.stream().map(this::row).toList());
        pristine = values();
        refresh();
    }

    private DealBuyerRow row(DealContact c) {
        ContactRow person = people.get(c.getContactId());
        return new DealBuyerRow(c, person == null ? "(contact no longer in this workspace)" : person.fullName(),
                person == null ? "" : person.title());
    }

    /** Adds the picked contact with the chosen role; a contact is in the group once. */
    public void add() {
        ContactRow who = picked.get();
        if (who == null || members.stream().anyMatch(m -> m.contactId().equals(who.id()))) {
            return;
        }
        DealContact entry = new DealContact();
        entry.setContactId(who.id());
        entry.setRole(newRole.get() == null ? DealRole.OTHER : newRole.get());
        members.add(new DealBuyerRow(entry, who.fullName(), who.title()));
        picked.set(null);
    }

    public void remove(DealBuyerRow row) {
        members.remove(row);
    }

    void discard() {
        show(shown, accountContacts, people, hasAccount);
    }

    boolean isDirty() {
        return !values().equals(pristine);
    }

    /** The group to save, with the roles as now chosen. */
    List<DealContact> contacts() {
        return members.stream().map(DealBuyerRow::toContact).toList();
    }

    private List<List<Object>> values() {
        return members.stream().map(m -> List.<Object>of(m.contactId(), m.roleProperty().get())).toList();
    }

    private void refresh() {
        Set<UUID> in = members.stream().map(DealBuyerRow::contactId).collect(Collectors.toSet());
        candidates.setAll(accountContacts.stream().filter(c -> !in.contains(c.id())).toList());
        warning.set(warningFor(members.stream().map(m -> m.roleProperty().get()).toList()));
    }

    /** The facts a rep should see about a buying group, joined; empty when it has several people and a buyer. */
    static String warningFor(List<DealRole> roles) {
        if (roles.isEmpty()) {
            return "No buying group: nobody at the account is on this deal yet.";
        }
        List<String> facts = new ArrayList<>();
        if (!roles.contains(DealRole.ECONOMIC_BUYER)) {
            facts.add("No economic buyer: nobody who signs is on this deal.");
        }
        if (roles.size() == 1) {
            facts.add("Single-threaded: only one contact on this deal.");
        }
        return String.join(" ", facts);
    }

    public ObservableList<DealBuyerRow> members() { return members; }
    /** The account's contacts not yet in the group. */
    public ObservableList<ContactRow> candidates() { return candidates; }
    public ObjectProperty<ContactRow> pickedProperty() { return picked; }
    public ObjectProperty<DealRole> newRoleProperty() { return newRole; }
    public ReadOnlyStringProperty warningProperty() { return warning.getReadOnlyProperty(); }
    /** Why the group table is empty, and what to do. */
    public ReadOnlyStringProperty emptyTextProperty() { return emptyText.getReadOnlyProperty(); }
}
