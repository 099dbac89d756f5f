package com.nexuscrm.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.nexuscrm.domain.Progress;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A cancelled scoring task interrupts its thread. Before {@link NativeMath}, an interrupt during ND4J's
 * start broke ND4J for the rest of the JVM (every later window and scoring test failed with
 * "Could not initialize class Nd4j"); now the caller stops waiting and the start goes on.
 */
class NativeMathTest {
    @Test
    void anInterruptedCallerLeavesNd4jWorkingForEveryoneElse() throws Exception {
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread cancelled = new Thread(() -> {
            Thread.currentThread().interrupt(); // cancelled before or while ND4J starts
            try {
                NativeMath.require();
                outcome.set(null);
            } catch (Throwable e) {
                outcome.set(e);
            }
        });
        cancelled.start();
        cancelled.join();
        if (outcome.get() != null && !(outcome.get() instanceof Progress.CancelledException)) {
            throw new AssertionError("an interrupted caller must see a cancellation, not " + outcome.get(), outcome.get());
        }

        NativeMath.require();
        assertArrayEquals(new float[] {1, 2, 3}, Nd4j.create(new float[] {1, 2, 3}, new long[] {1, 3}, 'c').data().asFloat());
    }
}
