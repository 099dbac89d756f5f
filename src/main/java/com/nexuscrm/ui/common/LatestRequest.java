package com.nexuscrm.ui.common;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * "Latest request wins" for one kind of request of a screen (loading a period, scoring the shown lead...):
 * each {@link #next()} makes the tickets before it stale and cancels the task started for them. Use it
 * through {@link TaskExecutor#run(LatestRequest, String, TaskExecutor.Work, java.util.function.Consumer,
 * java.util.function.Consumer)}, or with {@link Ticket#isCurrent()} around work on another executor.
 * Thread-safe: tickets may be checked from any thread.
 */
public final class LatestRequest {
    private final AtomicLong generation = new AtomicLong();
    private final AtomicReference<TaskExecutor.Handle> running = new AtomicReference<>(TaskExecutor.Handle.DONE);

    /** One request; current until the next one is made or the requests are {@linkplain #invalidate() dropped}. */
    public final class Ticket {
        private final long number;

        private Ticket(long number) {
            this.number = number;
        }

        public boolean isCurrent() {
            return generation.get() == number;
        }

        /** Remembers the task doing this request, so that a newer request cancels it. */
        void started(TaskExecutor.Handle handle) {
            if (isCurrent()) {
                running.set(handle);
            }
        }
    }

    /** Starts a new request: the older one is cancelled and its result will be ignored. */
    public Ticket next() {
        Ticket ticket = new Ticket(generation.incrementAndGet());
        running.getAndSet(TaskExecutor.Handle.DONE).cancel();
        return ticket;
    }

    /** Drops every request made so far (for example when the screen is cleared). */
    public void invalidate() {
        generation.incrementAndGet();
        running.getAndSet(TaskExecutor.Handle.DONE).cancel();
    }
}
