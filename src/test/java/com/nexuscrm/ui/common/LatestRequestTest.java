package com.nexuscrm.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.junit.jupiter.api.Test;

class LatestRequestTest {
    /** Holds tasks until the test finishes them; a cancel reports a CancelledException at once, like FxTaskExecutor. */
    private static final class HeldTasks implements TaskExecutor {
        final List<Runnable> finishers = new ArrayList<>();
        int cancelled;

        @Override
        public <T> Handle run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            boolean[] done = {false};
            finishers.add(() -> {
                if (!done[0]) {
                    done[0] = true;
                    try {
                        onSuccess.accept(work.run(Progress.NONE));
                    } catch (Exception e) {
                        onFailure.accept(e);
                    }
                }
            });
            return () -> {
                if (!done[0]) {
                    done[0] = true;
                    cancelled++;
                    onFailure.accept(new Progress.CancelledException());
                }
            };
        }

        @Override
        public ReadOnlyBooleanProperty busyProperty() { return new ReadOnlyBooleanWrapper().getReadOnlyProperty(); }

        @Override
        public ReadOnlyDoubleProperty progressProperty() { return new ReadOnlyDoubleWrapper().getReadOnlyProperty(); }

        @Override
        public ReadOnlyStringProperty messageProperty() { return new ReadOnlyStringWrapper().getReadOnlyProperty(); }

        @Override
        public void cancelAll() { }
    }

    @Test
    void aNewerRequestCancelsTheOlderAndOnlyTheNewestResultArrives() {
        HeldTasks tasks = new HeldTasks();
        LatestRequest latest = new LatestRequest();
        List<String> shown = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        tasks.run(latest, "first", p -> "first", shown::add, failures::add);
        tasks.run(latest, "second", p -> "second", shown::add, failures::add);
        assertEquals(1, tasks.cancelled, "the older task is cancelled");
        tasks.finishers.forEach(Runnable::run);
        assertEquals(List.of("second"), shown);
        assertTrue(failures.isEmpty(), "the older task's cancel is not reported: " + failures);
    }

    @Test
    void invalidateDropsTheRunningRequest() {
        HeldTasks tasks = new HeldTasks();
        LatestRequest latest = new LatestRequest();
        List<String> shown = new ArrayList<>();
        tasks.run(latest, "only", p -> "only", shown::add, e -> shown.add("failed"));
        latest.invalidate();
        tasks.finishers.forEach(Runnable::run);
        assertTrue(shown.isEmpty());
    }

    @Test
    void ticketsGoStaleWithTheNextRequest() {
        LatestRequest latest = new LatestRequest();
        LatestRequest.Ticket first = latest.next();
        assertTrue(first.isCurrent());
        LatestRequest.Ticket second = latest.next();
        assertFalse(first.isCurrent());
        assertTrue(second.isCurrent());
    }
}
