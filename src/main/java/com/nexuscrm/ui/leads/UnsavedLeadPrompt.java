package com.nexuscrm.ui.leads;

import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.LeaveGuard;
import java.util.List;

/**
 * Before the lead form is left with edits not saved, asks Save, Discard or Stay. Save leaves only once the lead is
 * stored (the form's field errors keep the user on it); Discard puts the stored values back; Stay, or closing the
 * question, changes nothing.
 */
final class UnsavedLeadPrompt implements LeaveGuard {
    static final String SAVE = "Save";
    static final String DISCARD = "Discard";
    static final String STAY = "Stay";

    private final LeadDetailViewModel form;
    private final DialogService dialogs;

    UnsavedLeadPrompt(LeadDetailViewModel form, DialogService dialogs) {
        this.form = form;
        this.dialogs = dialogs;
    }

    @Override
    public void leave(Runnable proceed, Runnable stay) {
        if (!form.isDirty()) {
            proceed.run();
            return;
        }
        String name = form.headingProperty().get().isBlank() ? "this lead" : form.headingProperty().get();
        String choice = dialogs.choose("Unsaved changes",
                "Your changes to " + name + " are not saved yet. Save them, discard them, or stay on the lead?",
                List.of(SAVE, DISCARD, STAY)).orElse(STAY);
        switch (choice) {
            case SAVE -> {
                if (!form.save(proceed).isEmpty()) {
                    stay.run(); // the form shows what to correct
                }
            }
            case DISCARD -> {
                form.discard();
                proceed.run();
            }
            default -> stay.run();
        }
    }
}
