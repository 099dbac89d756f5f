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

    /**
     * A started task. Cancelling never interrupts its thread: the work sees it through its {@link Progress}
     * and the failure callback gets a {@link Progress.CancelledException}, at once, while the work may still
     * be running until it next checks; {@link #whenStopped} tells when it has really ended.
     */
    @FunctionalInterface
    interface Handle {
        Handle DONE = () -> { };

        void cancel();

        /**
         * Runs {@code then} once the work's thread has left the work (on the FX thread for the production
         * executor), after the success or failure callback; at once when it has already ended.
         */
        default void whenStopped(Runnable then) {
            then.run();
        }
    }

    <T> Handle run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Runs work as the newest request of {@code latest}: the request before it is cancelled, and only the
     * newest request's callbacks run, so a slow older result never overwrites a newer one.
     */
    default <T> Handle run(LatestRequest latest, String title, Work<T> work, Consumer<T> onSuccess,
                           Consumer<Throwable> onFailure) {
        LatestRequest.Ticket ticket = latest.next();
        Handle handle = run(title, work, result -> {
            if (ticket.isCurrent()) {
                onSuccess.accept(result);
            }
        }, e -> {
            if (ticket.isCurrent()) {
                onFailure.accept(e);
            }
        });
        ticket.started(handle);
        return handle;
    }

    ReadOnlyBooleanProperty busyProperty();

    /** 0..1, or -1 while the amount of work is unknown. */
    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty messageProperty();

    /** Cancels every running task; each rolls back what it had not committed. */
    void cancelAll();
}
