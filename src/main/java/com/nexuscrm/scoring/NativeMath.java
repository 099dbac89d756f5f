package com.nexuscrm.scoring;

import com.nexuscrm.domain.Progress;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ND4J's native backend, started once per JVM on a thread of its own.
 *
 * <p>Why a thread of its own: ND4J starts in a static initialiser that loads native libraries through
 * JavaCPP, which locks files in its cache with interruptible channels. A cancelled task interrupts its
 * thread; if that happened during the start, the initialiser failed with {@code ClosedByInterruptException}
 * and every later use in the JVM failed with {@code NoClassDefFoundError: Could not initialize class Nd4j},
 * its cause never shown. Here the start cannot be interrupted by a caller (a cancelled caller stops waiting,
 * the start goes on), and a real failure is logged once with its cause and named in every later error.
 */
public final class NativeMath {
    private static final Logger LOG = LoggerFactory.getLogger(NativeMath.class);
    private static final AtomicBoolean LAUNCHED = new AtomicBoolean();
    private static final FutureTask<Void> START = new FutureTask<>(() -> {
        try {
            // These networks are small: a second OpenMP thread only waits for the first, and on a busy
            // two-core laptop its spinning made training four times slower. One thread, for training and scoring.
            Nd4j.getEnvironment().setMaxThreads(1);
            Nd4j.getEnvironment().setMaxMasterThreads(1);
            return null;
        } catch (Throwable e) {
            LOG.error("The neural network library (ND4J) could not start", e);
            throw e;
        }
    });

    private NativeMath() { }

    /**
     * Returns once ND4J is ready. Throws {@link Progress.CancelledException} when the calling thread is
     * interrupted while it waits, and {@link IllegalStateException} naming the cause when ND4J cannot start.
     */
    public static void require() {
        if (LAUNCHED.compareAndSet(false, true)) {
            Thread starter = new Thread(START, "nexus-nd4j-start");
            starter.setDaemon(true);
            starter.start();
        }
        try {
            START.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Progress.CancelledException();
        } catch (ExecutionException e) {
            Throwable cause = rootCause(e.getCause());
            throw new IllegalStateException("The neural network library (ND4J) could not start on this machine: "
                    + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
                    + ". Lead scoring is unavailable until the app restarts.", e.getCause());
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
