package com.nexuscrm.transfer;

import java.nio.file.Path;

/**
 * A CSV or mapping file cannot be used at all. Nothing was imported; the message names the file, the line
 * where one applies, and what to do.
 */
public class ImportException extends RuntimeException {
    private final transient Path file;

    public ImportException(Path file, String message) {
        this(file, message, null);
    }

    public ImportException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
