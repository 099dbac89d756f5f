package com.nexuscrm.scoring;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.Threads;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every ND4J call of the app runs here, on one long-lived thread, started once per JVM.
 *
 * <p>Why a thread of its own for the start: ND4J starts in a static initialiser that loads native
 * libraries through JavaCPP, whose interruptible file channels failed it when a cancelled task interrupted
 * its thread; every later use in the JVM then failed with {@code NoClassDefFoundError}. Here a cancelled
 * caller only stops waiting (the work goes on and notices the cancel through its {@link Progress}), a real
 * failure is logged once with its cause, and every later call names it.
 *
 * <p>Why every call: a {@code MultiLayerNetwork} is not safe to use from two threads (its output was
 * guarded by a lock), ND4J is set to one thread anyway, and one thread keeps ND4J's and OpenBLAS's
 * per-thread state to one set. (A crash in OpenBLAS's sgemm seen in random test order came from Vosk's
 * own OpenBLAS loaded into the same test JVM; see the pom's vosk-in-process execution.)
 */
public final class NativeMath {
    private static final Logger LOG = LoggerFactory.getLogger(NativeMath.class);
    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(Threads.daemon("nexus-nd4j"));
    private static volatile Thread worker;
    private static Throwable startFailure;
    private static boolean started;

    private NativeMath() { }

    /** Work that touches ND4J, with the checked exception it may throw. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * Runs {@code work} on the ND4J thread and returns its result. Throws what the work throws,
     * {@link Progress.CancelledException} when the calling thread is interrupted while it waits, and
     * {@link IllegalStateException} naming the cause when ND4J cannot start on this machine.
     */
    @SuppressWarnings("unchecked")
    public static <T, E extends Exception> T call(Work<T, E> work) throws E {
        if (Thread.currentThread() == worker) {
            return work.run();
        }
        Future<T> result = THREAD.submit(() -> {
            worker = Thread.currentThread();
            start();
            return work.run();
        });
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the ND4J thread is never interrupted: see the class comment
            throw new Progress.CancelledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw (E) cause;
        }
    }

    /** Starts ND4J if it has not started; throws the start's failure, named, if it could not. */
    public static void require() {
        call(() -> null);
    }

    /** On the ND4J thread only. */
    private static void start() {
        if (startFailure != null) {
            throw failed(startFailure);
        }
        if (started) {
            return;
        }
        try {
            // These networks are small: a second OpenMP thread only waits for the first, and on a busy
            // two-core laptop its spinning made training four times slower. One thread, for training and scoring.
            Nd4j.getEnvironment().setMaxThreads(1);
            Nd4j.getEnvironment().setMaxMasterThreads(1);
            // The two lines above do not reach OpenBLAS (the matrix products) or OpenMP's own default, which
            // both start a worker per core; those workers spin while they wait, beside every training step.
            // On a busy two-core machine that made `eval leads` on 10,000 rows take 18 s of training
            // instead of about 4 s, for the same model (docs/benchmarks.md, issue 14).
            Nd4j.factory().blas().setMaxThreads(1);
            org.nd4j.nativeblas.NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(1);
            started = true;
        } catch (Throwable e) {
            LOG.error("The neural network library (ND4J) could not start", e);
            startFailure = e;
            throw failed(e);
        }
    }

    private static IllegalStateException failed(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new IllegalStateException("The neural network library (ND4J) could not start on this machine: "
                + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage())
                + ". Lead scoring is unavailable until the app restarts.", e);
    }
}
