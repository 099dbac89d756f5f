package com.nexuscrm.app;

import java.util.Optional;

/**
 * The window could not start because something outside the app is missing (GTK 3, a display). Its message is one
 * line for a person, saying what to install or do; the toolkit's own exception is the cause, for the log.
 */
public final class WindowUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    static final String NEEDS_GTK = "The window needs GTK 3, which could not be loaded: install libgtk-3-0 "
            + "(Debian/Ubuntu: sudo apt-get install libgtk-3-0; Fedora: sudo dnf install gtk3) and start it again. "
            + "The nexus commands (nexus --help) work without it.";

    WindowUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The sentence for a toolkit start-up failure, found anywhere in {@code failure}'s causes; empty when it is not
     * one we can explain (then the failure is a bug and keeps its stack trace).
     */
    static Optional<String> explain(Throwable failure, String display) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Unable to load glass GTK library")) {
                return Optional.of(NEEDS_GTK);
            }
            if (message.contains("Unable to open DISPLAY")) {
                String which = display == null || display.isBlank() ? "DISPLAY is not set" : "DISPLAY is " + display;
                return Optional.of("The window needs a graphical display and none could be opened (" + which + "): "
                        + "start it from a desktop session, or use the nexus commands (nexus --help), which need none.");
            }
        }
        return Optional.empty();
    }
}
