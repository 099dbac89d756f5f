package com.nexuscrm.ui.deals;

import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.LeaveGuard;
import java.util.List;

/**
 * Before the deal detail is left (another row, another section, closing the window, or closing the deal) with
 * edits not saved, asks Save, Discard or Stay, as the lead form does. Save leaves only once the deal is stored
 * (field errors keep the user on it); Discard puts the stored values back; Stay changes nothing.
 */
final class UnsavedDealPrompt implements LeaveGuard {
    static final String SAVE = "Save";
    static final String DISCARD = "Discard";
    static final String STAY = "Stay";

    private final DealDetailViewModel form;
    private final DialogService dialogs;

    UnsavedDealPrompt(DealDetailViewModel form, DialogService dialogs) {
        this.form = form;
        this.dialogs = dialogs;
    }

    @Override
    public void leave(Runnable proceed, Runnable stay) {
        if (!form.isDirty()) {
            proceed.run();
            return;
        }
        String name = form.headingProperty().get().isBlank() ? "this deal" : form.headingProperty().get();
        String choice = dialogs.choose("Unsaved changes",
                "Your changes to " + name + " are not saved yet. Save them, discard them, or stay on the deal?",
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
