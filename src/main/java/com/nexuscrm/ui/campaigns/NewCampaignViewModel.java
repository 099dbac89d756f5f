package com.nexuscrm.ui.campaigns;

import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.campaign.Audience;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.EnrolmentRules;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.ui.common.FormSaving;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.usecase.CreateCampaign;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "New campaign" form: name, goal, audience (leads or contacts; a saved filter of the leads list or a saved view
 * of the contacts list, or none), sender, enrolment rules and the first step ({@link StepFields}). The domain decides what is valid: each error shows beside the field it
 * names ("Score below", "Step 1, variant A" shows under the step), and nothing is saved until all are fixed.
 */
public final class NewCampaignViewModel {
    /** The form's fields with an error line; "Step" gathers every "Step 1..." error. */
    public static final List<String> FIELDS = List.of("Name", "Goal", "Audience", "Sender", "Score below", "Score at least",
            "Step");
    /** The audience choice meaning "no saved filter". */
    public static final String NO_AUDIENCE = "(none: enrol by hand or by score)";

    private record Choices(List<String> leads, List<String> contacts, String sender) { }

    private final CreateCampaign creating;
    private final TaskExecutor tasks;
    private final Consumer<CampaignPlan> onSaved;
    private final ObservableList<String> audiences = FXCollections.observableArrayList(NO_AUDIENCE);
    private final ObjectProperty<PersonRef.Kind> people = new SimpleObjectProperty<>(PersonRef.Kind.LEAD);
    private List<String> leadAudiences = List.of();
    private List<String> contactAudiences = List.of();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty goal = new SimpleStringProperty("Meeting booked");
    private final StringProperty audience = new SimpleStringProperty(NO_AUDIENCE);
    private final StringProperty sender = new SimpleStringProperty("");
    private final StringProperty senderName = new SimpleStringProperty("");
    private final BooleanProperty nurture = new SimpleBooleanProperty(false);
    private final BooleanProperty audienceRule = new SimpleBooleanProperty(false);
    private final StringProperty scoreBelow = new SimpleStringProperty("");
    private final StringProperty scoreAtLeast = new SimpleStringProperty("");
    private final StepFields step = new StepFields(0);
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper otherErrors = new ReadOnlyStringWrapper("");
    private final FormSaving form;

    public NewCampaignViewModel(CreateCampaign creating, TaskExecutor tasks, Consumer<CampaignPlan> onSaved) {
        this.creating = creating;
        this.tasks = tasks;
        this.onSaved = onSaved;
        this.form = new FormSaving(tasks);
        FIELDS.forEach(f -> errors.put(f, new ReadOnlyStringWrapper("")));
        people.addListener((o, was, now) -> showAudiences());
    }

    /** The audience choices of the chosen kind of people; a choice of the other kind goes back to none. */
    private void showAudiences() {
        List<String> names = people.get() == PersonRef.Kind.CONTACT ? contactAudiences : leadAudiences;
        String chosen = audience.get();
        audiences.setAll(NO_AUDIENCE);
        audiences.addAll(names);
        audience.set(names.contains(chosen) ? chosen : NO_AUDIENCE);
    }

    /** Reads the saved filters and a suggested sender in the background. */
    public void load() {
        tasks.run("Reading saved filters", p -> new Choices(creating.audiences(), creating.contactAudiences(),
                creating.suggestedSender()), found -> {
            leadAudiences = found.leads();
            contactAudiences = found.contacts();
            showAudiences();
            if (sender.get().isBlank()) {
                sender.set(found.sender());
            }
        }, e -> otherErrors.set("Could not read the saved filters: " + e.getMessage()));
    }

    /** Validates and saves in the background; errors land beside their fields, a success sets {@link #savedProperty}. */
    public void save() {
        clearErrors();
        if (form.busy()) {
            return;
        }
        List<FieldError> typing = new ArrayList<>();
        Integer below = StepFields.whole("Score below", scoreBelow.get(), typing);
        Integer atLeast = StepFields.whole("Score at least", scoreAtLeast.get(), typing);
        var first = step.step(1, typing);
        String filter = NO_AUDIENCE.equals(audience.get()) || audience.get() == null ? null : audience.get();
        CampaignPlan plan = new CampaignPlan(Ids.newId(), strip(name.get()), strip(goal.get()), new Audience(filter, null, people.get()),
                strip(sender.get()), strip(senderName.get()), first == null ? List.of() : List.of(first),
                new EnrolmentRules(nurture.get(), below, atLeast, audienceRule.get()));
        if (!typing.isEmpty()) { // every other problem too, so one round of fixing is enough
            typing.forEach(this::show);
            plan.problems().stream().filter(e -> first != null || !e.field().equals("Steps")).forEach(this::show);
            return;
        }
        form.run("Creating the campaign", p -> creating.create(plan), onSaved,
                errors -> errors.forEach(this::show), why -> otherErrors.set("Cannot save the campaign: " + why));
    }

    private void show(FieldError error) {
        String key = error.field().startsWith("Step") ? "Step" : error.field();
        String text = key.equals("Step") && !error.field().equals("Step") ? error.field() + ": " + error.message() : error.message();
        ReadOnlyStringWrapper line = errors.get(key);
        if (line != null) {
            line.set(line.get().isEmpty() ? text : line.get() + "; " + text);
        } else {
            otherErrors.set((otherErrors.get().isEmpty() ? "" : otherErrors.get() + "\n") + error);
        }
    }

    private void clearErrors() {
        errors.values().forEach(e -> e.set(""));
        otherErrors.set("");
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The error beside one of {@link #FIELDS}: empty when the field is fine. */
    public ReadOnlyStringProperty errorProperty(String field) { return errors.get(field).getReadOnlyProperty(); }
    /** The saved filters (leads) or saved views (contacts) of the chosen {@link #peopleProperty}, "none" first. */
    public ObservableList<String> audiences() { return audiences; }
    /** Whom the audience lists: leads (the Leads screen's saved filters) or contacts (the contacts list's views). */
    public ObjectProperty<PersonRef.Kind> peopleProperty() { return people; }
    public List<Channel> channels() { return List.of(Channel.values()); }
    public StringProperty nameProperty() { return name; }
    public StringProperty goalProperty() { return goal; }
    public StringProperty audienceProperty() { return audience; }
    public StringProperty senderProperty() { return sender; }
    public StringProperty senderNameProperty() { return senderName; }
    public BooleanProperty nurtureProperty() { return nurture; }
    public BooleanProperty audienceRuleProperty() { return audienceRule; }
    public StringProperty scoreBelowProperty() { return scoreBelow; }
    public StringProperty scoreAtLeastProperty() { return scoreAtLeast; }
    public StepFields step() { return step; }
    public ReadOnlyStringProperty otherErrorsProperty() { return otherErrors.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return form.savingProperty(); }
    public ReadOnlyBooleanProperty savedProperty() { return form.savedProperty(); }
}
