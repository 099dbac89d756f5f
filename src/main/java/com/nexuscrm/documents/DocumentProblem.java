package com.nexuscrm.documents;

/** A file that cannot be attached or indexed; the message names the file and says why, in words. */
public final class DocumentProblem extends Exception {
    public DocumentProblem(String message) {
        super(message);
    }

    public DocumentProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
