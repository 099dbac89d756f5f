package com.nexuscrm.domain.campaign;

/** The channels a campaign step can use; voice and LinkedIn steps become tasks in the rep's Today queue. */
public enum Channel {
    EMAIL("Email"), SMS("SMS"), VOICE_TASK("Voice task"), LINKEDIN_TASK("LinkedIn task");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
