package com.nexuscrm.routing;

import com.nexuscrm.domain.Threads;
import com.nexuscrm.domain.routing.SlaEvent;
import com.nexuscrm.domain.routing.SlaFeed;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link SlaMonitor#check} on a thread of its own every period and hands each non-empty batch of
 * events to the subscribers through the callback executor (the app passes {@code Platform::runLater},
 * tests {@code Runnable::run}). It runs whether or not anyone listens, so breaches are escalated anyway;
 * events nobody listened to are not replayed.
 */
public final class SlaWatch implements SlaFeed, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SlaWatch.class);

    private final SlaMonitor monitor;
    private final Clock clock;
    private final Executor callbacks;
    private final List<Consumer<List<SlaEvent>>> listeners = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService timer;

    public SlaWatch(SlaMonitor monitor, Clock clock, Executor callbacks) {
        this.monitor = monitor;
        this.clock = clock;
        this.callbacks = callbacks;
    }

    /** Checks every {@code period}, the first time after {@code firstAfter}. */
    public synchronized SlaWatch start(Duration firstAfter, Duration period) {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(Threads.daemon("sla-watch"));
            timer.scheduleWithFixedDelay(this::checkQuietly, firstAfter.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        }
        return this;
    }

    @Override
    public Runnable subscribe(Consumer<List<SlaEvent>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** One check now, on the calling thread; the events also go to the subscribers. */
    public List<SlaEvent> checkNow() {
        List<SlaEvent> events = monitor.check(clock.instant());
        if (!events.isEmpty()) {
            callbacks.execute(() -> listeners.forEach(l -> l.accept(events)));
        }
        return events;
    }

    private void checkQuietly() {
        try {
            checkNow();
        } catch (RuntimeException e) {
            LOG.warn("SLA check failed; the next one retries: {}", e.toString());
        }
    }

    /** Stops checking and waits for a running check, so nothing reads the store after it closes. */
    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdown();
            try {
                if (!timer.awaitTermination(10, TimeUnit.SECONDS)) {
                    timer.shutdownNow();
                }
            } catch (InterruptedException e) {
                timer.shutdownNow();
                Thread.currentThread().interrupt();
            }
            timer = null;
        }
    }
}
