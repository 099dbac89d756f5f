package com.nexuscrm.domain;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Work run again and again on a daemon thread of its own (task reminders, the workstation's campaign scheduler), with
 * a fixed pause between the end of one run and the start of the next. {@link #close()} stops it and waits for a
 * running pass, so nothing reads a store after the store closes. The work must catch its own failures: one that
 * escapes ends the repetition (as {@code ScheduledExecutorService} does).
 */
public final class RepeatingJob implements AutoCloseable {
    private final String name;
    private final Runnable work;
    private final Duration closeWait;
    private ScheduledExecutorService timer;

    /** @param closeWait how long {@link #close()} waits for a running pass before interrupting it */
    public RepeatingJob(String name, Runnable work, Duration closeWait) {
        this.name = name;
        this.work = work;
        this.closeWait = closeWait;
    }

    /** Runs the work every {@code period}, the first time after {@code firstAfter}; a second start changes nothing. */
    public synchronized void start(Duration firstAfter, Duration period) {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(Threads.daemon(name));
            timer.scheduleWithFixedDelay(work, firstAfter.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Stops repeating and waits (up to the close wait) for a running pass. */
    @Override
    public void close() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = timer;
            timer = null;
        }
        if (running == null) {
            return;
        }
        running.shutdown();
        try {
            if (!running.awaitTermination(closeWait.toMillis(), TimeUnit.MILLISECONDS)) {
                running.shutdownNow();
            }
        } catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
