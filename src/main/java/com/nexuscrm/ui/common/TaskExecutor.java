package com.nexuscrm.ui.common;

import com.nexuscrm.domain.Progress;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The one way screens run background work. The production executor wraps {@code javafx.concurrent.Task}
 * and delivers callbacks on the FX thread; tests use {@link DirectTaskExecutor}. The properties describe
 * the most recent running task, for the shell's progress bar and cancel button.
 */
public interface TaskExecutor {
    /** Background work that reports through {@link Progress} and may be cancelled. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    <T> void run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    ReadOnlyBooleanProperty busyProperty();

    /** 0..1, or -1 while the amount of work is unknown. */
    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty messageProperty();

    /** Cancels every running task; each rolls back what it had not committed. */
    void cancelAll();
}
