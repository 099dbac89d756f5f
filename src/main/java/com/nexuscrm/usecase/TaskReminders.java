package com.nexuscrm.usecase;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityRepository;
import com.nexuscrm.domain.RepeatingJob;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminds the rep of their tasks: every period it looks for open tasks of the rep whose reminder time passed
 * since the last look, and hands them to the subscribers through the callback executor (the app passes
 * {@code Platform::runLater}, tests {@code Runnable::run}). It starts looking from when it was made, so a
 * reminder that passed while the app was closed is not replayed (the task still shows as due on Today); each
 * reminder is given once. A task completed before its reminder is not reminded of.
 */
public final class TaskReminders implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TaskReminders.class);

    private final ActivityRepository activities;
    private final Supplier<UUID> owner;
    private final Clock clock;
    private final Executor callbacks;
    private final List<Consumer<List<Activity>>> listeners = new CopyOnWriteArrayList<>();
    private Instant lookedUntil;
    private final RepeatingJob job = new RepeatingJob("task-reminders", this::checkQuietly, Duration.ofSeconds(10));

    /** @param owner whose tasks: the workspace's current user (it changes when a team server's user is adopted) */
    public TaskReminders(ActivityRepository activities, Supplier<UUID> owner, Clock clock, Executor callbacks) {
        this.activities = activities;
        this.owner = owner;
        this.clock = clock;
        this.callbacks = callbacks;
        this.lookedUntil = clock.instant();
    }

    /** Looks every {@code period}, the first time after {@code firstAfter}. */
    public TaskReminders start(Duration firstAfter, Duration period) {
        job.start(firstAfter, period);
        return this;
    }

    /** Delivers each non-empty batch of due reminders; run the result to unsubscribe. */
    public Runnable subscribe(Consumer<List<Activity>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** One look now, on the calling thread: the tasks whose reminder passed since the last look. */
    public synchronized List<Activity> checkNow() {
        Instant now = clock.instant();
        if (!now.isAfter(lookedUntil)) {
            return List.of();
        }
        List<Activity> due = activities.remindersDue(owner.get(), lookedUntil, now);
        lookedUntil = now;
        if (!due.isEmpty()) {
            callbacks.execute(() -> listeners.forEach(l -> l.accept(due)));
        }
        return due;
    }

    private void checkQuietly() {
        try {
            checkNow();
        } catch (RuntimeException e) {
            LOG.warn("Task reminder check failed; the next one retries: {}", e.toString());
        }
    }

    /** Stops looking and waits for a running look, so nothing reads the store after it closes. */
    @Override
    public void close() {
        job.close();
    }
}
