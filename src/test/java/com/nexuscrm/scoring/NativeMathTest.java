package com.nexuscrm.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nexuscrm.domain.Progress;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/**
 * ND4J runs on one thread whoever calls, and an interrupt during ND4J's start (which used to break ND4J
 * for the rest of the JVM) only stops the caller waiting.
 */
class NativeMathTest {
    @Test
    void anInterruptedCallerLeavesNd4jWorkingForEveryoneElse() throws Exception {
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread cancelled = new Thread(() -> {
            Thread.currentThread().interrupt(); // cancelled before or while ND4J starts
            try {
                NativeMath.require();
            } catch (Throwable e) {
                outcome.set(e);
            }
        });
        cancelled.start();
        cancelled.join();
        if (outcome.get() != null && !(outcome.get() instanceof Progress.CancelledException)) {
            throw new AssertionError("an interrupted caller must see a cancellation, not " + outcome.get(), outcome.get());
        }
        float[] values = NativeMath.call(() -> Nd4j.create(new float[] {1, 2, 3}, new long[] {1, 3}, 'c').data().asFloat());
        assertArrayEquals(new float[] {1, 2, 3}, values);
    }

    @Test
    void callsFromManyThreadsAllRunOnTheOneNd4jThreadAndKeepTheirExceptions() throws Exception {
        Set<String> ran = ConcurrentHashMap.newKeySet();
        Thread[] callers = new Thread[60];
        for (int i = 0; i < callers.length; i++) {
            callers[i] = new Thread(() -> ran.add(NativeMath.call(() -> Thread.currentThread().getName())));
            callers[i].start();
        }
        for (Thread caller : callers) {
            caller.join();
        }
        assertEquals(Set.of("nexus-nd4j"), ran);
        assertThrows(IOException.class, () -> NativeMath.call(() -> {
            throw new IOException("damaged model");
        }));
        assertEquals(7, NativeMath.call(() -> NativeMath.call(() -> 7)), "a nested call runs in place");
    }
}
