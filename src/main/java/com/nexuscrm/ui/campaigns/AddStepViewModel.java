package com.nexuscrm.ui.campaigns;

import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.ui.common.FormSaving;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.usecase.CreateCampaign;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The "Add step" form for the selected campaign: a new last step, three days after the last one by default. The
 * domain's errors ("Step 3: its day offset is before the previous step's") show under the form; nothing is saved then.
 */
public final class AddStepViewModel {
    private final CreateCampaign creating;
    private final Consumer<CampaignPlan> onSaved;
    private final CampaignPlan plan;
    private final StepFields step;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final FormSaving form;

    public AddStepViewModel(CreateCampaign creating, TaskExecutor tasks, CampaignPlan plan, Consumer<CampaignPlan> onSaved) {
        this.creating = creating;
        this.plan = plan;
        this.onSaved = onSaved;
        this.form = new FormSaving(tasks);
        List<Step> steps = plan.steps();
        this.step = new StepFields(steps.isEmpty() ? 0 : steps.get(steps.size() - 1).dayOffset() + 3);
    }

    public void save() {
        error.set("");
        if (form.busy()) {
            return;
        }
        List<FieldError> typing = new ArrayList<>();
        Step added = step.step(plan.steps().size() + 1, typing);
        if (added == null) {
            show(typing);
            return;
        }
        form.run("Adding the step", p -> creating.addStep(plan.id(), added), onSaved, this::show,
                why -> error.set("Cannot add the step: " + why));
    }

    private void show(List<FieldError> errors) {
        error.set(String.join("\n", errors.stream().map(FieldError::toString).toList()));
    }

    /** "Step 3 of Nurture". */
    public String title() { return "Step " + (plan.steps().size() + 1) + " of " + plan.name(); }
    public StepFields step() { return step; }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return form.savingProperty(); }
    public ReadOnlyBooleanProperty savedProperty() { return form.savedProperty(); }
}
