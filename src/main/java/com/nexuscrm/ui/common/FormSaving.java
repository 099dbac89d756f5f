package com.nexuscrm.ui.common;

import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.ValidationException;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * A form's save in the background: busy while it runs (a second save is ignored), saved once it succeeded (the
 * dialog closes on that), the domain's field errors handed back to show beside their fields, anything else as text.
 */
public final class FormSaving {
    private final TaskExecutor tasks;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper();

    public FormSaving(TaskExecutor tasks) {
        this.tasks = tasks;
    }

    /** Runs {@code work} unless a save is running; {@code invalid} gets a refusal's errors, {@code failed} any other. */
    public <T> void run(String title, TaskExecutor.Work<T> work, Consumer<T> done, Consumer<List<FieldError>> invalid,
                        Consumer<String> failed) {
        if (saving.get()) {
            return;
        }
        saving.set(true);
        tasks.run(title, work, result -> {
            saving.set(false);
            saved.set(true);
            done.accept(result);
        }, e -> {
            saving.set(false);
            if (e instanceof ValidationException refused) {
                invalid.accept(refused.errors());
            } else {
                failed.accept(e.getMessage());
            }
        });
    }

    public boolean busy() { return saving.get(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savedProperty() { return saved.getReadOnlyProperty(); }
}
