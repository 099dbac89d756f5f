package com.nexuscrm.ui.customers;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.AccountRepository;
import com.nexuscrm.domain.AccountRow;
import com.nexuscrm.domain.ContactRow;
import com.nexuscrm.domain.DealSummary;
import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.RecordRules;
import com.nexuscrm.domain.TicketSummary;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.usecase.AccountTimeline;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import com.nexuscrm.domain.CurrencyCode;
import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.Picklists;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The form of one account with its related lists (contacts, deals, tickets). Values are edited as text and
 * checked with the domain's {@link RecordRules} on save; nothing is written until every field passes.
 */
public final class AccountDetailViewModel extends CustomerForm {
    /** What opening an account reads, in one background task. */
    private record Loaded(Account account, List<ContactRow> contacts, List<DealSummary> deals, List<TicketSummary> tickets) { }

    private final AccountRepository accounts;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty domain = new SimpleStringProperty("");
    private final StringProperty industry = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty website = new SimpleStringProperty("");
    private final StringProperty employees = new SimpleStringProperty("");
    private final StringProperty annualRevenue = new SimpleStringProperty("");
    private final ObservableList<ContactRow> contacts = FXCollections.observableArrayList();
    private final ObservableList<DealSummary> deals = FXCollections.observableArrayList();
    private final ObservableList<TicketSummary> tickets = FXCollections.observableArrayList();
    private Account account;
    /** The Industry choices: "" (none), the team's active industries, and the shown account's own if retired. */
    private final ObservableList<String> industryOptions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper revenueLabel = new ReadOnlyStringWrapper();
    private Supplier<Picklist> industries = () -> Picklists.defaults(PicklistName.INDUSTRY);
    private Supplier<String> currency = () -> CurrencyCode.DEFAULT;
    private Consumer<AccountRow> onSaved = row -> { };
    private Consumer<UUID> onDeleted = id -> { };
    private AccountTimeline timeline;
    private AccountHistoryViewModel history;

    public AccountDetailViewModel(AccountRepository accounts, TaskExecutor tasks, DialogService dialogs, Clock clock) {
        this.accounts = accounts;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        revenueLabel.set(revenueLabel(CurrencyCode.DEFAULT));
    }

    /**
     * Where the team's industries and workspace currency come from (Settings): values the app has already read
     * off the FX thread; each account opened offers the list and currency as they are then.
     */
    public void useTeamSettings(Supplier<Picklist> teamIndustries, Supplier<String> workspaceCurrency) {
        this.industries = teamIndustries;
        this.currency = workspaceCurrency;
        revenueLabel.set(revenueLabel(workspaceCurrency.get()));
    }

    /** The workspace currency, in which annual revenue is given. */
    public String currency() {
        return currency.get();
    }

    private static String revenueLabel(String code) {
        return "Revenue (" + code + ")";
    }

    /** An industry key as the team names it ("No industry" for none). */
    public String industryLabel(String key) {
        return key == null || key.isEmpty() ? "No industry" : industries.get().label(key);
    }

    /**
     * Opening an account then reads everything the 360 view shows through {@code timeline} in one background task,
     * and hands the timeline, contacts' roles, usage and documents to {@code history}.
     */
    public void useHistory(AccountTimeline timeline, AccountHistoryViewModel history) {
        this.timeline = timeline;
        this.history = history;
        history.setOnOpen(ref -> onOpen.accept(ref));
    }

    /** The 360 parts, or null when this form has none. */
    public AccountHistoryViewModel history() {
        return history;
    }

    void setOnSaved(Consumer<AccountRow> onSaved) { this.onSaved = onSaved; }

    void setOnDeleted(Consumer<UUID> onDeleted) { this.onDeleted = onDeleted; }

    public void load(UUID id) {
        if (timeline != null) {
            var range = history.range();
            tasks.run("Opening account", p -> timeline.open(id, range, AccountTimeline.PAGE), opened -> {
                show(opened.account());
                contacts.setAll(opened.contacts());
                deals.setAll(opened.deals());
                tickets.setAll(opened.tickets());
                history.show(opened);
                record.set(RecordRef.account(id));
            }, e -> dialogs.showError("Cannot open the account", e.getMessage()));
            return;
        }
        tasks.run("Opening account", p -> {
            Account found = accounts.find(id).filter(a -> !a.isDeleted()).orElseThrow(() -> new IllegalStateException(
                    "This account was deleted (perhaps on another workstation). Reload the list to see the current accounts."));
            return new Loaded(found, accounts.contacts(id), accounts.deals(id), accounts.tickets(id));
        }, loaded -> {
            show(loaded.account());
            contacts.setAll(loaded.contacts());
            deals.setAll(loaded.deals());
            tickets.setAll(loaded.tickets());
            record.set(RecordRef.account(id));
        }, e -> dialogs.showError("Cannot open the account", e.getMessage()));
    }

    /**
     * Reads the shown account's related lists, usage and timeline again (after tickets or usage were imported),
     * leaving the form and any edit in it as they are; nothing happens while no saved account is shown.
     */
    public void refreshRelated() {
        RecordRef shown = record.get();
        if (shown == null || timeline == null) {
            return;
        }
        UUID id = shown.id();
        var range = history.range();
        tasks.run("Reading the account's tickets and usage", p -> timeline.open(id, range, AccountTimeline.PAGE),
                opened -> {
                    if (record.get() != null && id.equals(record.get().id())) {
                        contacts.setAll(opened.contacts());
                        deals.setAll(opened.deals());
                        tickets.setAll(opened.tickets());
                        history.show(opened);
                    }
                }, e -> dialogs.showError("Cannot read the account again", e.getMessage()));
    }

    /** An empty form for a new account owned by {@code owner} in {@code team}. */
    public void startNew(UUID owner, UUID team) {
        Account fresh = new Account(Ids.newId());
        fresh.setOwnerId(owner);
        fresh.setTeamId(team);
        fresh.setCreatedAt(clock.instant());
        show(fresh);
        contacts.clear();
        deals.clear();
        tickets.clear();
        if (history != null) {
            history.clear();
        }
        record.set(null);
        creating.set(true);
        heading.set("New account");
    }

    private void show(Account value) {
        account = value;
        name.set(text(value.getName()));
        domain.set(text(value.getDomain()));
        industry.set(""); // before the choices change, so the old value never meets the new list
        offerIndustries(text(value.getIndustry()));
        industry.set(text(value.getIndustry()));
        revenueLabel.set(revenueLabel(currency.get()));
        country.set(text(value.getCountry()));
        city.set(text(value.getCity()));
        phone.set(text(value.getPhone()));
        website.set(text(value.getWebsite()));
        employees.set(text(value.getEmployees()));
        annualRevenue.set(text(value.getAnnualRevenue()));
        errors.clear();
        heading.set(text(value.getName()));
        creating.set(false);
        editing.set(true);
    }

    private void offerIndustries(String own) {
        List<String> keys = new ArrayList<>();
        keys.add("");
        industries.get().active().forEach(v -> keys.add(v.key()));
        if (!own.isEmpty() && !keys.contains(own)) {
            keys.add(own); // a retired or imported value stays shown as it is
        }
        if (!keys.equals(industryOptions)) {
            industryOptions.setAll(keys);
        }
    }

    /** Validates and, when valid, saves in the background. Returns the field errors found (empty = saving). */
    public List<FieldError> save() {
        if (account == null) {
            return List.of();
        }
        List<FieldError> found = new ArrayList<>();
        Account draft = account;
        draft.setName(blankToNull(name.get()));
        draft.setDomain(blankToNull(domain.get()));
        draft.setIndustry(blankToNull(industry.get()));
        draft.setCountry(blankToNull(country.get()));
        draft.setCity(blankToNull(city.get()));
        draft.setPhone(blankToNull(phone.get()));
        draft.setWebsite(blankToNull(website.get()));
        draft.setEmployees(parseInt("employees", employees.get(), found));
        draft.setAnnualRevenue(parseAmount("annualRevenue", annualRevenue.get(), found));
        found.addAll(RecordRules.check(draft));
        showErrors(found);
        if (found.isEmpty()) {
            tasks.run("Saving account", p -> accounts.row(accounts.save(draft).getId()), row -> {
                heading.set(row.name());
                creating.set(false);
                record.set(RecordRef.account(row.id()));
                onSaved.accept(row);
                load(row.id());
            }, e -> dialogs.showError("Cannot save the account", e.getMessage()));
        }
        return found;
    }

    /** Asks, then tombstones the account (the delete syncs); its contacts, deals and tickets are kept. */
    public void delete() {
        if (account == null || creating.get()) {
            return;
        }
        UUID id = account.getId();
        String label = text(account.getName());
        if (!dialogs.confirm("Delete account", "Delete the account '" + label + "'? Its contacts, deals and tickets"
                + " are kept. The deletion syncs to your team.")) {
            return;
        }
        tasks.run("Deleting account", p -> {
            accounts.delete(id);
            return id;
        }, deleted -> {
            account = null;
            clear();
            if (history != null) {
                history.clear();
            }
            onDeleted.accept(deleted);
        }, e -> dialogs.showError("Cannot delete the account '" + label + "'", e.getMessage()));
    }

    public void openContact(ContactRow contact) {
        if (contact != null) {
            onOpen.accept(RecordRef.contact(contact.id()));
        }
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty domainProperty() { return domain; }
    public StringProperty industryProperty() { return industry; }
    /** The Industry field's choices: "" for none, then the team's industry keys. */
    public ObservableList<String> industryOptions() { return industryOptions; }
    /** "Revenue (EUR)": the annual revenue field's label in the workspace currency. */
    public ReadOnlyStringProperty revenueLabelProperty() { return revenueLabel.getReadOnlyProperty(); }
    public StringProperty countryProperty() { return country; }
    public StringProperty cityProperty() { return city; }
    public StringProperty phoneProperty() { return phone; }
    public StringProperty websiteProperty() { return website; }
    public StringProperty employeesProperty() { return employees; }
    public StringProperty annualRevenueProperty() { return annualRevenue; }
    public ObservableList<ContactRow> contacts() { return contacts; }
    public ObservableList<DealSummary> deals() { return deals; }
    public ObservableList<TicketSummary> tickets() { return tickets; }
}
