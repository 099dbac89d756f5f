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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The edit form of one lead. Values are edited as text ({@link LeadFormFields}), parsed and checked with the domain's
 * {@link RecordRules} on save; errors are published per field and nothing is written until all pass.
 */
public final class LeadDetailViewModel {
    private final LeadRepository leads;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final SaveLead saving;
    private final EnrichmentNotes enriched;
    private final LeadFormFields form = new LeadFormFields();
    private com.nexuscrm.domain.Picklist sources = com.nexuscrm.domain.Picklists.defaults(com.nexuscrm.domain.PicklistName.LEAD_SOURCE);
    private final javafx.collections.ObservableList<String> sourceOptions =
            javafx.collections.FXCollections.observableArrayList(sourceChoices());
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
    /** Likely duplicates of a new lead, asked about before it is saved; none until the app sets the check. */
    private java.util.function.Function<Lead, List<com.nexuscrm.domain.DuplicateRules.LikelyDuplicate>> duplicates = l -> List.of();
    /** The form's values as last shown or saved; the form is dirty when they differ. */
    private List<Object> pristine = List.of();
    /** The Do not contact flag as the form loaded it: a save keeps the stored flag unless the user changed the box. */
    private boolean loadedDoNotContact;
    private record Saved(LeadRow row, boolean doNotContact) { }

    public LeadDetailViewModel(LeadRepository leads, SaveLead saving, TaskExecutor tasks, DialogService dialogs,
                               LeadScoreViewModel score, LeadEnrichment enrichment) {
        this.leads = leads;
        this.saving = saving;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.score = score;
        this.enriched = new EnrichmentNotes(enrichment, tasks, Formats.user());
        // Change listeners, not invalidation ones: an unread property stays invalid and would fire only once.
        for (javafx.beans.value.ObservableValue<?> field : form.all()) {
            field.addListener((o, old, now) -> formChanged());
        }
    }

    public LeadScoreViewModel score() { return score; }

    /** What-if: every edit rescores a copy of the lead as the form has it, before anything is saved. */
    private void formChanged() {
        if (!showing && lead != null) {
            Lead draft = ScoringDraft.copy(lead);
            form.applyTo(draft, new ArrayList<>());
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
        fresh.setSource(LeadSource.WEBSITE.name());
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
        form.fill(value);
        errors.clear();
        heading.set(joinName(value.getFirstName(), value.getLastName()));
        signals.set(LeadSignals.describe(value));
        editing.set(true);
        shownLead.set(value.getId());
        showing = false;
        pristine = form.values();
        loadedDoNotContact = value.isDoNotContact();
        score.show(ScoringDraft.copy(value));
    }

    /** True when the form shows the lead with this id. */
    public boolean shows(UUID id) {
        return lead != null && id != null && id.equals(lead.getId());
    }

    /** True when the form holds edits that are not saved. */
    public boolean isDirty() {
        return lead != null && !form.values().equals(pristine);
    }

    /** Drops the unsaved edits: the form shows the values it showed last. */
    public void discard() {
        if (isDirty()) {
            form.restore(pristine);
            errors.clear();
        }
    }

    /** Validates and, when valid, saves in the background. Returns the field errors found (empty = saving). */
    public List<FieldError> save() {
        return save(() -> { });
    }

    /** As {@link #save()}, running {@code afterSaved} on the FX thread once the lead is stored. */
    public List<FieldError> save(Runnable afterSaved) {
        if (lead == null) {
            return List.of();
        }
        List<FieldError> found = new ArrayList<>();
        Lead draft = lead;
        form.applyTo(draft, found);
        found.addAll(RecordRules.check(draft));
        errors.clear();
        found.forEach(e -> errors.putIfAbsent(e.field(), e.message()));
        if (found.isEmpty() && creating) {
            tasks.run("Looking for duplicates", p -> duplicates.apply(draft), dups -> {
                if (dups.isEmpty() || dialogs.confirm("Possible duplicate", "This new lead looks like a lead you already have:\n"
                        + String.join("\n", dups.stream().limit(5).map(d -> "• " + d.title() + " (" + d.reason() + ")").toList())
                        + "\n\nSave it anyway? (You can merge the two later: select both in the inbox, then Merge.)")) {
                    store(draft, true, afterSaved);
                }
            }, e -> store(draft, true, afterSaved));
        } else if (found.isEmpty()) {
            store(draft, false, afterSaved);
        }
        return found;
    }

    /** Warns about likely duplicates when a new lead is saved (FindDuplicates in the window). */
    public void setDuplicateCheck(java.util.function.Function<Lead, List<com.nexuscrm.domain.DuplicateRules.LikelyDuplicate>> check) {
        this.duplicates = check;
    }

    private void store(Lead draft, boolean created, Runnable afterSaved) {
        pristine = form.values(); // what is being saved is no longer "unsaved"
        boolean loaded = loadedDoNotContact;
        boolean wanted = draft.isDoNotContact();
        tasks.run("Saving lead", p -> {
            Lead stored = created ? saving.store(draft, true, p) : saving.storeEdited(draft, loaded, p);
            score.saved(ScoringDraft.copy(stored), () -> refreshRow(stored.getId()));
            return new Saved(leads.row(stored.getId()), stored.isDoNotContact());
        }, saved -> {
            LeadRow row = saved.row();
            if (saved.doNotContact() != wanted) {
                dialogs.showInfo("Do not contact changed meanwhile", row.fullName() + "'s Do not contact flag was "
                        + (saved.doNotContact() ? "set" : "cleared") + " while you edited the lead (for example by an"
                        + " unsubscribe, an SMS STOP, a consent import or a sync). Your other changes are saved and the flag"
                        + " stays " + (saved.doNotContact() ? "set" : "cleared") + "; change the box and save again if that is wrong.");
            }
            onSaved.accept(row);
            if (lead != null && row.id().equals(lead.getId())) { // unless the user moved on meanwhile
                heading.set(row.fullName());
                load(row.id());
            }
            afterSaved.run();
        }, e -> dialogs.showError("Save failed", e.getMessage()));
    }

    /** The inbox row again once scoring (and routing, for a new lead) has stored its results. */
    private void refreshRow(UUID id) {
        tasks.run("Refreshing lead", p -> leads.row(id), row -> onSaved.accept(row), e -> { });
    }

    private static String joinName(String first, String last) {
        return ((first == null ? "" : first + " ") + (last == null ? "" : last)).trim();
    }

    /** The form's fields, edited as text. */
    public LeadFormFields form() { return form; }

    /** The team's lead sources (Settings → Picklists); the built-in list until the app gives the team's. */
    public void useSources(com.nexuscrm.domain.Picklist teamSources) {
        this.sources = teamSources;
        List<String> now = List.of(sourceChoices());
        if (!now.equals(sourceOptions)) {
            sourceOptions.setAll(now);
        }
    }

    /** {@link #sourceChoices()} as the form's list, updated when the app brings a changed list (after a sync). */
    public javafx.collections.ObservableList<String> sourceOptions() {
        return sourceOptions;
    }

    /** The sources offered: the team's active values (a lead's retired value still shows, by its label). */
    public String[] sourceChoices() {
        return sources.active().stream().map(com.nexuscrm.domain.PicklistValue::key).toArray(String[]::new);
    }

    /** What the form shows for a stored source key: the team's label for it. */
    public String sourceLabel(String key) {
        return sources.label(key);
    }
    public ObservableMap<String, String> errors() { return errors; }
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty signalsProperty() { return signals.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty editingProperty() { return editing.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<UUID> shownLeadProperty() { return shownLead.getReadOnlyProperty(); }
    /** Which fields enrichment filled, from where and when. */
    public EnrichmentNotes enrichedFields() { return enriched; }
}
