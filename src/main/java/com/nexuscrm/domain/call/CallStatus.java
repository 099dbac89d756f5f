package com.nexuscrm.domain.call;

/** Where a recording is in its job: waiting, being transcribed and analysed, done, failed or cancelled. */
public enum CallStatus {
    QUEUED("Queued"), TRANSCRIBING("Transcribing"), ANALYSED("Analysed"), FAILED("Failed"), CANCELLED("Cancelled");

    private final String label;

    CallStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Jobs in these states are picked up again when the app starts. */
    public boolean unfinished() {
        return this == QUEUED || this == TRANSCRIBING;
    }

    public static CallStatus of(String stored) {
        return stored == null ? QUEUED : valueOf(stored);
    }
}
