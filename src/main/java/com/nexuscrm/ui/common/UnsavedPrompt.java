package com.nexuscrm.ui.common;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Before a record's form is left with edits not saved (another row, another section, closing the window), asks
 * Save, Discard or Stay. Save leaves only once the record is stored (the form's field errors keep the user on it);
 * Discard puts the stored values back; Stay, or closing the question, changes nothing. The lead form and the deal
 * detail use it.
 */
public final class UnsavedPrompt implements LeaveGuard {
    public static final String SAVE = "Save";
    public static final String DISCARD = "Discard";
    public static final String STAY = "Stay";

    private final String noun;
    private final BooleanSupplier dirty;
    private final Supplier<String> heading;
    private final Function<Runnable, List<?>> save;
    private final Runnable discard;
    private final DialogService dialogs;

    /**
     * @param noun    what the form holds ("lead", "deal")
     * @param save    saves and then runs the given action; returns the field errors found (empty when saving)
     */
    public UnsavedPrompt(String noun, BooleanSupplier dirty, Supplier<String> heading, Function<Runnable, List<?>> save,
                         Runnable discard, DialogService dialogs) {
        this.noun = noun;
        this.dirty = dirty;
        this.heading = heading;
        this.save = save;
        this.discard = discard;
        this.dialogs = dialogs;
    }

    @Override
    public void leave(Runnable proceed, Runnable stay) {
        if (!dirty.getAsBoolean()) {
            proceed.run();
            return;
        }
        String name = heading.get() == null || heading.get().isBlank() ? "this " + noun : heading.get();
        String choice = dialogs.choose("Unsaved changes",
                "Your changes to " + name + " are not saved yet. Save them, discard them, or stay on the " + noun + "?",
                List.of(SAVE, DISCARD, STAY)).orElse(STAY);
        switch (choice) {
            case SAVE -> {
                if (!save.apply(proceed).isEmpty()) {
                    stay.run(); // the form shows what to correct
                }
            }
            case DISCARD -> {
                discard.run();
                proceed.run();
            }
            default -> stay.run();
        }
    }
}
