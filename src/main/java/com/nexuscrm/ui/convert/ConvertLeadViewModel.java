package com.nexuscrm.ui.convert;

import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.usecase.ConvertLead;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The conversion dialog: which account (an existing match, or a new one), the contact (prefilled from the lead)
 * and an optional deal. Problems are shown next to their fields ({@link #error}); a converted lead closes the
 * dialog and is reported to {@code onConverted} (the inbox takes the row out).
 */
public final class ConvertLeadViewModel {
    /** An entry of the account choice: an existing account ({@code existingId}) or a new one (null id). */
    public record AccountOption(UUID existingId, String label) {
        @Override
        public String toString() { return label; }
    }

    private final ConvertLead convert;
    private final TaskExecutor tasks;
    private final User by;
    private final Locale locale;
    private final Consumer<ConvertLead.Converted> onConverted;
    private final ObservableList<AccountOption> accounts = FXCollections.observableArrayList();
    private final ObjectProperty<AccountOption> account = new SimpleObjectProperty<>();
    private final StringProperty newAccountName = new SimpleStringProperty("");
    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty lastName = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final BooleanProperty createDeal = new SimpleBooleanProperty(true);
    private final StringProperty dealName = new SimpleStringProperty("");
    private final ObjectProperty<DealStage> stage = new SimpleObjectProperty<>(DealStage.QUALIFICATION);
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> closeDate = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper matchNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();
    private final Map<String, ReadOnlyStringWrapper> errors = new HashMap<>();
    private UUID leadId;

    public ConvertLeadViewModel(ConvertLead convert, TaskExecutor tasks, User by, Locale locale, LocalDate today,
                                Consumer<ConvertLead.Converted> onConverted) {
        this.convert = convert;
        this.tasks = tasks;
        this.by = by;
        this.locale = locale;
        this.onConverted = onConverted;
        closeDate.set(today.plusDays(30));
        clearOnEdit(amount, "deal.amount");
        clearOnEdit(dealName, "deal.name");
        clearOnEdit(lastName, "contact.lastName");
        clearOnEdit(email, "contact.email");
        clearOnEdit(newAccountName, "account.name");
    }

    /** A field's message goes once the person edits the field. */
    private void clearOnEdit(StringProperty field, String name) {
        field.addListener((o, was, now) -> errorWrapper(name).set(""));
    }

    /** Reads the lead's matches and fills the form; a lead that may not be converted says why instead. */
    public void load(UUID lead) {
        this.leadId = lead;
        busy.set(true);
        tasks.run("Finding the lead's account", p -> convert.propose(lead), this::fill, e -> {
            busy.set(false);
            problem.set(e.getMessage());
        });
    }

    private void fill(ConvertLead.Proposal proposal) {
        var lead = proposal.lead();
        heading.set("Convert " + ((lead.getFirstName() == null ? "" : lead.getFirstName() + " ") + lead.getLastName()).strip()
                + (lead.getCompany() == null ? "" : ", " + lead.getCompany()));
        List<AccountOption> options = new java.util.ArrayList<>();
        proposal.matches().forEach(m -> options.add(new AccountOption(m.account().getId(),
                "Existing: " + m.account().getName() + " (" + m.reason() + ")")));
        options.add(new AccountOption(null, "New account"));
        accounts.setAll(options);
        account.set(options.get(0));
        matchNote.set(proposal.matches().isEmpty() ? "No existing account matches this lead's domain or company name."
                : proposal.matches().size() + " existing account" + (proposal.matches().size() == 1 ? " matches" : "s match")
                + " this lead; converting into it adds no new account.");
        newAccountName.set(proposal.newAccountName());
        firstName.set(nz(lead.getFirstName()));
        lastName.set(nz(lead.getLastName()));
        email.set(nz(lead.getEmail()));
        phone.set(nz(lead.getPhone()));
        title.set(nz(lead.getTitle()));
        dealName.set(proposal.dealName());
        busy.set(false);
    }

    /** Checks the form, converts in the background, and closes on success; problems go next to their fields. */
    public void convert() {
        errors.values().forEach(e -> e.set(""));
        problem.set("");
        BigDecimal parsed = null;
        if (createDeal.get()) {
            parsed = parseAmount(amount.get());
            if (parsed == null) {
                errorWrapper("deal.amount").set(amount.get() == null || amount.get().isBlank() ? "Enter the deal's amount."
                        : "'" + amount.get() + "' is not an amount; write it as a number such as 12000.");
                return;
            }
        }
        ConvertLead.DealDraft deal = createDeal.get()
                ? new ConvertLead.DealDraft(dealName.get(), stage.get(), parsed, closeDate.get()) : null;
        AccountOption chosen = account.get();
        ConvertLead.Request request = new ConvertLead.Request(leadId, chosen == null ? null : chosen.existingId(),
                newAccountName.get(), firstName.get(), lastName.get(), email.get(), phone.get(), title.get(), deal);
        busy.set(true);
        tasks.run("Converting the lead", p -> convert.convert(request, by), converted -> {
            busy.set(false);
            done.set(true);
            onConverted.accept(converted);
        }, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        if (e instanceof ValidationException invalid) {
            for (FieldError f : invalid.errors()) {
                errorWrapper(f.field()).set(sentence(f));
            }
            problem.set("Correct the marked fields, then convert again.");
        } else {
            problem.set(e.getMessage());
        }
    }

    private static String sentence(FieldError f) {
        String field = f.field().substring(f.field().indexOf('.') + 1);
        String named = field.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(named.charAt(0)) + named.substring(1) + " " + f.message() + ".";
    }

    /** An amount in the user's locale ("12,000.50" or "12.000,50"), or a plain number; null when it is neither. */
    BigDecimal parseAmount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setParseBigDecimal(true);
        ParsePosition at = new ParsePosition(0);
        Object value = format.parse(t, at);
        if (value != null && at.getIndex() == t.length()) {
            return (BigDecimal) value;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The message next to a field ("account.name", "contact.lastName", "deal.amount"...); "" when fine. */
    public ReadOnlyStringProperty error(String field) {
        return errors.computeIfAbsent(field, f -> new ReadOnlyStringWrapper("")).getReadOnlyProperty();
    }

    private ReadOnlyStringWrapper errorWrapper(String field) {
        error(field);
        return errors.get(field);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public ObservableList<AccountOption> accounts() { return accounts; }
    public ObjectProperty<AccountOption> accountProperty() { return account; }
    public StringProperty newAccountNameProperty() { return newAccountName; }
    public StringProperty firstNameProperty() { return firstName; }
    public StringProperty lastNameProperty() { return lastName; }
    public StringProperty emailProperty() { return email; }
    public StringProperty phoneProperty() { return phone; }
    public StringProperty titleProperty() { return title; }
    public BooleanProperty createDealProperty() { return createDeal; }
    public StringProperty dealNameProperty() { return dealName; }
    public ObjectProperty<DealStage> stageProperty() { return stage; }
    public StringProperty amountProperty() { return amount; }
    public ObjectProperty<LocalDate> closeDateProperty() { return closeDate; }
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty matchNoteProperty() { return matchNote.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** True once the lead is converted: the dialog closes. */
    public ReadOnlyBooleanProperty doneProperty() { return done.getReadOnlyProperty(); }
}
