package com.nexuscrm.domain;

/**
 * How long-running services report progress and learn that they were cancelled. The UI adapts it to a
 * progress bar; the CLI prints it; tests use {@link #NONE}.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) { }

        @Override
        public boolean isCancelled() { return false; }
    };

    void update(long done, long total, String message);

    boolean isCancelled();

    /** Throws {@link CancelledException} when cancelled; call at safe points. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** The work was cancelled by the user; whatever it did in its open transaction was rolled back. */
    final class CancelledException extends RuntimeException {
        public CancelledException() {
            super("Cancelled");
        }
    }
}
