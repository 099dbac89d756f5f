package com.nexuscrm.domain.campaign;

/**
 * The channels a campaign step can use; voice and LinkedIn steps become tasks in the rep's Today queue. A text
 * message needs the person's recorded consent first (opt-in, as carriers and the TCPA expect); the other channels
 * may be used until consent is withdrawn.
 */
public enum Channel {
    EMAIL("Email"), SMS("SMS"), VOICE_TASK("Voice task"), LINKEDIN_TASK("LinkedIn task");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True when nothing may go out on this channel until the person's consent for it is on record. */
    public boolean needsConsent() {
        return this == SMS;
    }
}
