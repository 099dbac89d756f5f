package com.nexuscrm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ThreadsTest {
    @Test
    void theFactoryMakesDaemonThreadsWithTheNameAsGiven() {
        Thread first = Threads.daemon("nexus-test").newThread(() -> { });
        Thread second = Threads.daemon("nexus-test").newThread(() -> { });
        assertTrue(first.isDaemon() && second.isDaemon());
        assertEquals("nexus-test", first.getName());
        assertEquals("nexus-test", second.getName());
    }

    @Test
    void startDaemonRunsTheWorkOnANamedDaemonThread() throws Exception {
        CompletableFuture<String> ran = new CompletableFuture<>();
        Thread t = Threads.startDaemon("nexus-started",
                () -> ran.complete(Thread.currentThread().getName() + " daemon=" + Thread.currentThread().isDaemon()));
        assertEquals("nexus-started daemon=true", ran.get(10, TimeUnit.SECONDS));
        t.join(10_000);
    }
}
