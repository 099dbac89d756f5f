package com.nexuscrm.ui.common;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.Threads;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;

/** {@link TaskExecutor} on daemon threads with {@code javafx.concurrent.Task}. Call from the FX thread. */
public final class FxTaskExecutor implements TaskExecutor {
    private final ExecutorService threads = Executors.newCachedThreadPool(Threads.daemon("nexus-background"));
    private final Deque<Task<?>> running = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    @Override
    public <T> Handle run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(title);
                updateProgress(-1, 1);
                Task<T> self = this;
                return work.run(new Progress() {
                    @Override
                    public void update(long done, long total, String text) {
                        updateProgress(done, total);
                        updateMessage(text == null ? title : title + ": " + text);
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                });
            }
        };
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> finish(task, () -> onSuccess.accept(task.getValue())));
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> finish(task, () -> onFailure.accept(task.getException())));
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED,
                e -> finish(task, () -> onFailure.accept(new Progress.CancelledException())));
        running.push(task);
        show(task);
        FxHandle handle = new FxHandle(task);
        threads.execute(() -> {
            try {
                task.run(); // returns once the work has ended, or at once for a task cancelled before it started
            } finally {
                Platform.runLater(handle::stopped); // queued after the task's own outcome event
            }
        });
        return handle;
    }

    /** A running task's handle: cancelling never interrupts (see cancelAll); it learns when the thread is done. */
    private static final class FxHandle implements Handle {
        private final Task<?> task;
        private final List<Runnable> waiting = new ArrayList<>();
        private boolean stopped;

        FxHandle(Task<?> task) {
            this.task = task;
        }

        @Override
        public void cancel() {
            task.cancel(false);
        }

        @Override
        public void whenStopped(Runnable then) {
            if (stopped) {
                then.run();
            } else {
                waiting.add(then);
            }
        }

        void stopped() {
            stopped = true;
            List.copyOf(waiting).forEach(Runnable::run);
            waiting.clear();
        }
    }

    private void finish(Task<?> task, Runnable callback) {
        running.remove(task);
        if (running.isEmpty()) {
            progress.unbind();
            message.unbind();
            busy.set(false);
            progress.set(0);
            message.set("");
        } else {
            show(running.peek());
        }
        callback.run();
    }

    private void show(Task<?> task) {
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        busy.set(true);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    @Override
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }

    @Override
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    @Override
    public void cancelAll() {
        // A cancel on the FX thread fires its handler at once, which leaves `running`: iterate a copy.
        // Without interrupting: work sees the cancel through its Progress. An interrupted thread that touches
        // the workspace closes H2's file channel, which every other thread shares.
        List.copyOf(running).forEach(t -> t.cancel(false));
    }
}
