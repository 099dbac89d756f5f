package com.nexuscrm.ui.leads;

import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadEnrichment;
import com.nexuscrm.domain.LeadRepository;
import com.nexuscrm.usecase.SaveLead;
import com.nexuscrm.domain.LeadRow;
import com.nexuscrm.domain.LeadSource;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.RecordRules;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.TaskExecutor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The edit form of one lead. Values are edited as text, parsed and checked with the domain's
 * {@link RecordRules} on save; errors are published per field and nothing is written until all pass.
 */
public final class LeadDetailViewModel {
    private final LeadRepository leads;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final SaveLead saving;
    private final EnrichmentNotes enriched;
    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty lastName = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty company = new SimpleStringProperty("");
    private final StringProperty industry = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty employees = new SimpleStringProperty("");
    private final StringProperty annualRevenue = new SimpleStringProperty("");
    private final ObjectProperty<LeadStatus> status = new SimpleObjectProperty<>(LeadStatus.NEW);
    private final ObjectProperty<LeadSource> source = new SimpleObjectProperty<>(LeadSource.WEBSITE);
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper signals = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    /** The stored lead the form shows; null for none or a new lead not yet saved (it has no timeline yet). */
    private final ReadOnlyObjectWrapper<UUID> shownLead = new ReadOnlyObjectWrapper<>();
    private final LeadScoreViewModel score;
    private Lead lead;
    private boolean showing;
    /** True while the form holds a lead that has never been saved: saving it also enriches it. */
    private boolean creating;
    private Consumer<LeadRow> onSaved = row -> { };

    public LeadDetailViewModel(LeadRepository leads, SaveLead saving, TaskExecutor tasks, DialogService dialogs,
                               LeadScoreViewModel score, LeadEnrichment enrichment) {
        this.leads = leads;
        this.saving = saving;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.score = score;
        this.enriched = new EnrichmentNotes(enrichment, tasks, Formats.user());
        // Change listeners, not invalidation ones: an unread property stays invalid and would fire only once.
        for (javafx.beans.value.ObservableValue<?> field : List.of(firstName, lastName, email, phone, title, company,
                industry, country, employees, annualRevenue, status, source)) {
            field.addListener((o, old, now) -> formChanged());
        }
    }

    public LeadScoreViewModel score() { return score; }

    /** What-if: every edit rescores a copy of the lead as the form has it, before anything is saved. */
    private void formChanged() {
        if (!showing && lead != null) {
            Lead draft = ScoringDraft.copy(lead);
            applyForm(draft, new ArrayList<>());
            score.whatIf(draft);
        }
    }

    void setOnSaved(Consumer<LeadRow> onSaved) {
        this.onSaved = onSaved;
    }

    public void load(UUID id) {
        tasks.run("Opening lead", p -> leads.find(id).orElseThrow(
                () -> new IllegalStateException("Lead " + id + " no longer exists")), found -> {
                    show(found);
                    enriched.show(found);
                },
                e -> dialogs.showError("Cannot open lead", e.getMessage()));
    }

    public void startNew(UUID owner) {
        Lead fresh = new Lead();
        fresh.setStatus(LeadStatus.NEW);
        fresh.setSource(LeadSource.WEBSITE);
        fresh.setOwnerId(owner);
        fresh.setCreatedAt(Instant.now());
        show(fresh);
        creating = true;
        shownLead.set(null);
        enriched.clear();
        heading.set("New lead");
    }

    private void show(Lead value) {
        showing = true;
        lead = value;
        creating = false;
        firstName.set(text(value.getFirstName()));
        lastName.set(text(value.getLastName()));
        email.set(text(value.getEmail()));
        phone.set(text(value.getPhone()));
        title.set(text(value.getTitle()));
        company.set(text(value.getCompany()));
        industry.set(text(value.getIndustry()));
        country.set(text(value.getCountry()));
        employees.set(value.getEmployees() == null ? "" : value.getEmployees().toString());
        annualRevenue.set(value.getAnnualRevenue() == null ? "" : value.getAnnualRevenue().toPlainString());
        status.set(value.getStatus());
        source.set(value.getSource());
        errors.clear();
        heading.set(joinName(value.getFirstName(), value.getLastName()));
        signals.set(LeadSignals.describe(value));
        editing.set(true);
        shownLead.set(value.getId());
        showing = false;
        score.show(ScoringDraft.copy(value));
    }

    /** Validates and, when valid, saves in the background. Returns the field errors found (empty = saving). */
    public List<FieldError> save() {
        if (lead == null) {
            return List.of();
        }
        List<FieldError> found = new ArrayList<>();
        Lead draft = lead;
        applyForm(draft, found);
        found.addAll(RecordRules.check(draft));
        errors.clear();
        found.forEach(e -> errors.putIfAbsent(e.field(), e.message()));
        if (found.isEmpty()) {
            boolean created = creating;
            tasks.run("Saving lead", p -> {
                Lead stored = saving.store(draft, created, p);
                score.saved(ScoringDraft.copy(stored), () -> refreshRow(stored.getId()));
                return leads.row(stored.getId());
            }, row -> {
                heading.set(row.fullName());
                onSaved.accept(row);
                load(row.id());
            }, e -> dialogs.showError("Save failed", e.getMessage()));
        }
        return found;
    }

    /** The inbox row again once scoring (and routing, for a new lead) has stored its results. */
    private void refreshRow(UUID id) {
        tasks.run("Refreshing lead", p -> leads.row(id), row -> onSaved.accept(row), e -> { });
    }

    private void applyForm(Lead draft, List<FieldError> found) {
        draft.setFirstName(blankToNull(firstName.get()));
        draft.setLastName(blankToNull(lastName.get()));
        draft.setEmail(blankToNull(email.get()));
        draft.setPhone(blankToNull(phone.get()));
        draft.setTitle(blankToNull(title.get()));
        draft.setCompany(blankToNull(company.get()));
        draft.setIndustry(blankToNull(industry.get()));
        draft.setCountry(blankToNull(country.get()));
        draft.setEmployees(parseInt("employees", employees.get(), found));
        draft.setAnnualRevenue(parseAmount("annualRevenue", annualRevenue.get(), found));
        draft.setStatus(status.get());
        draft.setSource(source.get());
        if (status.get() == LeadStatus.CONVERTED && draft.getConvertedAt() == null) {
            draft.setConvertedAt(Instant.now());
        }
    }

    private static Integer parseInt(String field, String text, List<FieldError> found) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            found.add(new FieldError(field, "'" + text + "' is not a whole number"));
            return null;
        }
    }

    private static BigDecimal parseAmount(String field, String text, List<FieldError> found) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            found.add(new FieldError(field, "'" + text + "' is not an amount (e.g. 2500000)"));
            return null;
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String joinName(String first, String last) {
        return ((first == null ? "" : first + " ") + (last == null ? "" : last)).trim();
    }

    public StringProperty firstNameProperty() { return firstName; }
    public StringProperty lastNameProperty() { return lastName; }
    public StringProperty emailProperty() { return email; }
    public StringProperty phoneProperty() { return phone; }
    public StringProperty titleProperty() { return title; }
    public StringProperty companyProperty() { return company; }
    public StringProperty industryProperty() { return industry; }
    public StringProperty countryProperty() { return country; }
    public StringProperty employeesProperty() { return employees; }
    public StringProperty annualRevenueProperty() { return annualRevenue; }
    public ObjectProperty<LeadStatus> statusProperty() { return status; }
    public ObjectProperty<LeadSource> sourceProperty() { return source; }
    public ObservableMap<String, String> errors() { return errors; }
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty signalsProperty() { return signals.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty editingProperty() { return editing.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<UUID> shownLeadProperty() { return shownLead.getReadOnlyProperty(); }
    /** Which fields enrichment filled, from where and when. */
    public EnrichmentNotes enrichedFields() { return enriched; }
}
