package com.nexuscrm.cli;

import com.nexuscrm.domain.Progress;
import java.io.PrintStream;

/** Prints progress to stderr at most every half second; commands are never cancelled. */
final class ConsoleProgress implements Progress {
    private final PrintStream out;
    private long lastPrint;

    ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void update(long done, long total, String message) {
        long now = System.nanoTime();
        if (now - lastPrint > 500_000_000L || done == total) {
            lastPrint = now;
            out.printf("  %s %s%n", total > 0 ? (100 * done / total) + "%" : "", message == null ? "" : message);
        }
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
