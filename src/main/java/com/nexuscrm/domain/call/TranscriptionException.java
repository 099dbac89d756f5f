package com.nexuscrm.domain.call;

/**
 * Transcription could not be done. The message is written for the user: it names the file and says what
 * to do. The recording itself is never touched by a failure.
 */
public class TranscriptionException extends RuntimeException {
    public TranscriptionException(String message) {
        super(message);
    }

    public TranscriptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
