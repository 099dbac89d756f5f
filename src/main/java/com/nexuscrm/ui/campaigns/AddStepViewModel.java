package com.nexuscrm.ui.campaigns;

import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.usecase.CreateCampaign;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The "Add step" form for the selected campaign: a new last step, three days after the last one by default. The
 * domain's errors ("Step 3: its day offset is before the previous step's") show under the form; nothing is saved then.
 */
public final class AddStepViewModel {
    private final CreateCampaign creating;
    private final TaskExecutor tasks;
    private final Consumer<CampaignPlan> onSaved;
    private final CampaignPlan plan;
    private final StepFields step;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper();

    public AddStepViewModel(CreateCampaign creating, TaskExecutor tasks, CampaignPlan plan, Consumer<CampaignPlan> onSaved) {
        this.creating = creating;
        this.tasks = tasks;
        this.plan = plan;
        this.onSaved = onSaved;
        List<Step> steps = plan.steps();
        this.step = new StepFields(steps.isEmpty() ? 0 : steps.get(steps.size() - 1).dayOffset() + 3);
    }

    public void save() {
        error.set("");
        if (saving.get()) {
            return;
        }
        List<FieldError> typing = new ArrayList<>();
        Step added = step.step(plan.steps().size() + 1, typing);
        if (added == null) {
            show(typing);
            return;
        }
        saving.set(true);
        tasks.run("Adding the step", p -> creating.addStep(plan.id(), added), done -> {
            saving.set(false);
            saved.set(true);
            onSaved.accept(done);
        }, e -> {
            saving.set(false);
            if (e instanceof ValidationException invalid) {
                show(invalid.errors());
            } else {
                error.set("Cannot add the step: " + e.getMessage());
            }
        });
    }

    private void show(List<FieldError> errors) {
        error.set(String.join("\n", errors.stream().map(FieldError::toString).toList()));
    }

    /** "Step 3 of Nurture". */
    public String title() { return "Step " + (plan.steps().size() + 1) + " of " + plan.name(); }
    public StepFields step() { return step; }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savedProperty() { return saved.getReadOnlyProperty(); }
}
