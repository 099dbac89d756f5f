package com.nexuscrm.storage;

import java.nio.file.Path;

/**
 * A workspace could not be opened or created. The message names the folder and says what to do; the
 * workspace on disk was not modified.
 */
public class WorkspaceOpenException extends RuntimeException {
    /** Why, so callers can offer the right way forward (ask again, close the other window, restore). */
    public enum Reason {
        WRONG_PASSPHRASE, LOCKED,
        /** The database file or its {@code workspace.properties} is damaged (cut short, unreadable). */
        CORRUPTED,
        /** The database file is there but 0 bytes long. */
        EMPTY,
        /** The database file is not an encrypted H2 file (another program's file, or random bytes). */
        NOT_A_WORKSPACE,
        NOT_FOUND, ALREADY_EXISTS, WEAK_PASSPHRASE, OTHER
    }

    private final Reason reason;
    private final Path folder;

    public WorkspaceOpenException(Reason reason, Path folder, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.folder = folder;
    }

    public Reason reason() { return reason; }

    public Path folder() { return folder; }
}
