package com.nexuscrm.ui.campaigns;

import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.MergeFields;
import com.nexuscrm.domain.campaign.Recipient;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.Template;
import com.nexuscrm.ui.common.LatestRequest;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.usecase.EditCampaignStep;
import com.nexuscrm.usecase.EditCampaignStep.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Edits one variant of one step: its subject (email only) and body, with a preview rendered for a chosen enrolled
 * person (merge fields and their fallbacks, as the engine renders them). Saving goes through {@link EditCampaignStep};
 * a refusal (an unknown merge field names the step, the variant and the field) shows as the error and nothing is saved.
 */
public final class StepEditorViewModel {
    static final int PEOPLE = 200;
    public static final String FIELDS_HINT = "Merge fields: " + MergeFields.KNOWN.stream().map(f -> "{{" + f + "}}")
            .collect(Collectors.joining(", ")) + ". A fallback follows a bar: {{firstName|there}}.";

    private final EditCampaignStep editing;
    private final TaskExecutor tasks;
    private final Consumer<CampaignPlan> onSaved;
    private final LatestRequest peopleRequest = new LatestRequest();
    private final LatestRequest recipientRequest = new LatestRequest();
    private CampaignPlan plan;
    private int stepIndex = -1;
    private UUID peopleOf;
    private Recipient recipient;
    /** True while the stored variant is put into the fields (not an edit). */
    private boolean loadingVariant;
    private final ObservableList<String> variants = FXCollections.observableArrayList();
    private final ObjectProperty<String> variant = new SimpleObjectProperty<>();
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObjectProperty<Person> person = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("Select a step to edit its message.");
    private final ReadOnlyStringWrapper previewSubject = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previewBody = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previewNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasSubject = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(false);

    public StepEditorViewModel(EditCampaignStep editing, TaskExecutor tasks, Consumer<CampaignPlan> onSaved) {
        this.editing = editing;
        this.tasks = tasks;
        this.onSaved = onSaved;
        variant.addListener((o, was, now) -> loadVariant());
        subject.addListener((o, was, now) -> edited());
        body.addListener((o, was, now) -> edited());
        person.addListener((o, was, now) -> loadRecipient(now));
    }

    /** Edits step {@code index} (from 0) of {@code plan}; a null plan or -1 clears the editor. */
    public void edit(CampaignPlan plan, int index) {
        this.plan = plan;
        this.stepIndex = plan == null || index < 0 || index >= plan.steps().size() ? -1 : index;
        editable.set(stepIndex >= 0);
        if (stepIndex < 0) {
            heading.set("Select a step to edit its message.");
            variants.clear();
            variant.set(null);
            return;
        }
        Step step = plan.step(stepIndex);
        heading.set("Step " + (stepIndex + 1) + " · " + step.channel().label() + " · day " + step.dayOffset()
                + " · " + CampaignTexts.condition(step.condition()));
        hasSubject.set(step.channel() == Channel.EMAIL);
        String keep = variant.get();
        variants.setAll(step.variants().stream().map(Template::variant).toList());
        variant.set(null);
        variant.set(variants.contains(keep) ? keep : variants.isEmpty() ? null : variants.get(0));
        loadPeople();
    }

    private void loadVariant() {
        Template t = stored();
        loadingVariant = true;
        try {
            subject.set(t == null || t.subject() == null ? "" : t.subject());
            body.set(t == null || t.body() == null ? "" : t.body());
        } finally {
            loadingVariant = false;
        }
        error.set("");
        edited();
    }

    private void edited() {
        if (loadingVariant) {
            return;
        }
        Template t = stored();
        changed.set(t != null && (!Objects.equals(subject.get(), t.subject() == null ? "" : t.subject())
                || !Objects.equals(body.get(), t.body() == null ? "" : t.body())));
        if (changed.get()) {
            saved.set("");
        }
        render();
    }

    private Template stored() {
        if (stepIndex < 0 || variant.get() == null) {
            return null;
        }
        return plan.step(stepIndex).variants().stream().filter(v -> v.variant().equals(variant.get())).findFirst().orElse(null);
    }

    private void loadPeople() {
        if (plan.id().equals(peopleOf)) {
            render();
            return;
        }
        peopleOf = plan.id();
        UUID planId = plan.id();
        people.clear();
        person.set(null);
        tasks.run(peopleRequest, "Finding people to preview", p -> editing.people(planId, PEOPLE), found -> {
            people.setAll(found);
            person.set(found.isEmpty() ? null : found.get(0));
        }, e -> previewNote.set("Could not list the campaign's people: " + e.getMessage()));
    }

    private void loadRecipient(Person chosen) {
        recipient = null;
        render();
        if (chosen != null) {
            tasks.run(recipientRequest, "Reading " + chosen.name(), p -> editing.recipient(chosen.ref()).orElse(null), r -> {
                recipient = r;
                render();
            }, e -> previewNote.set("Could not read " + chosen.name() + ": " + e.getMessage()));
        }
    }

    private void render() {
        if (stepIndex < 0 || variant.get() == null) {
            previewSubject.set("");
            previewBody.set("");
            previewNote.set("");
            return;
        }
        Template.Rendered r = EditCampaignStep.preview(plan, new Template(variant.get(), subject.get(), body.get()), recipient);
        previewSubject.set(hasSubject.get() ? r.subject() : "");
        previewBody.set(r.body());
        List<String> problems = new ArrayList<>(MergeFields.problems(subject.get()));
        problems.addAll(MergeFields.problems(body.get()));
        previewNote.set(!problems.isEmpty() ? "Save will refuse this draft: " + problems.get(0) + "."
                : recipient != null ? "As " + recipient.fullName() + " would get it."
                : person.get() != null ? "Reading " + person.get().name() + "…"
                : "Nobody is enrolled to preview for: every merge field shows its fallback.");
    }

    /** Saves the variant's subject and body; a refusal shows as {@link #errorProperty()} and nothing is saved. */
    public void save() {
        if (stepIndex < 0 || variant.get() == null || saving.get()) {
            return;
        }
        UUID planId = plan.id();
        int index = stepIndex;
        String label = variant.get();
        String newSubject = hasSubject.get() ? subject.get() : null;
        String newBody = body.get();
        saving.set(true);
        error.set("");
        tasks.run("Saving the step", p -> editing.save(planId, index, label, newSubject, newBody), savedPlan -> {
            saving.set(false);
            plan = savedPlan;
            saved.set("Saved step " + (index + 1) + ", variant " + label + ".");
            edited();
            onSaved.accept(savedPlan);
        }, e -> {
            saving.set(false);
            error.set("Not saved. " + e.getMessage());
        });
    }

    /** Puts back the stored subject and body. */
    public void revert() {
        loadVariant();
    }

    public ObservableList<String> variants() { return variants; }
    public ObjectProperty<String> variantProperty() { return variant; }
    public StringProperty subjectProperty() { return subject; }
    public StringProperty bodyProperty() { return body; }
    public ObservableList<Person> people() { return people; }
    public ObjectProperty<Person> personProperty() { return person; }
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty previewSubjectProperty() { return previewSubject.getReadOnlyProperty(); }
    public ReadOnlyStringProperty previewBodyProperty() { return previewBody.getReadOnlyProperty(); }
    public ReadOnlyStringProperty previewNoteProperty() { return previewNote.getReadOnlyProperty(); }
    /** Why the last save was refused, naming the step, the variant and the field; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty savedProperty() { return saved.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty editableProperty() { return editable.getReadOnlyProperty(); }
    /** Email steps have a subject; SMS and task steps do not. */
    public ReadOnlyBooleanProperty hasSubjectProperty() { return hasSubject.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty changedProperty() { return changed.getReadOnlyProperty(); }
    /** Save is offered for a changed draft while no save runs. */
    public BooleanBinding canSave() { return Bindings.createBooleanBinding(() -> changed.get() && !saving.get(), changed, saving); }
}
